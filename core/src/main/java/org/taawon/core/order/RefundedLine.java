package org.taawon.core.order;

import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.Money;

/**
 * Units of one order line refunded in one refund.
 *
 * @param line        index of the order line
 * @param sku         its product
 * @param cooperative its cooperative
 * @param unitsBefore units of this line refunded before this refund
 * @param units       units refunded now
 * @param amount      returned to the customer for them (SETTLEMENT.md §4)
 */
public record RefundedLine(int line, Sku sku, CooperativeId cooperative, long unitsBefore, long units, Money amount) {

    public RefundedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(amount, "amount");
        if (line < 0 || unitsBefore < 0 || units < 1 || amount.isNegative()) {
            throw new IllegalArgumentException("inconsistent refunded line " + line);
        }
    }
}
