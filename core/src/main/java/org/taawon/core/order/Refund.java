package org.taawon.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * One refund applied to an order: which lines, how many units, and the exact amounts returned.
 *
 * @param number  1 for the order's first refund, 2 for the next, ...
 * @param at      when it was made
 * @param lines   the refunded lines, one entry per line index
 * @param restock whether the units went back into stock
 */
public record Refund(int number, Instant at, List<RefundedLine> lines, boolean restock) {

    public Refund {
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
        if (number < 1 || lines.isEmpty()) {
            throw new IllegalArgumentException("a refund has a number from 1 and at least one line");
        }
    }

    /** The refund's id within its order, for references and idempotency keys: {@code ORDER/refund-N}. */
    public String id(OrderId order) {
        return order.value() + "/refund-" + number;
    }

    /** Total returned to the customer. */
    public Money amount() {
        Money total = Money.zero(lines.get(0).amount().currency());
        for (RefundedLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }
}
