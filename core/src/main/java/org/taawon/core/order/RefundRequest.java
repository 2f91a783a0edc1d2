package org.taawon.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A request to refund units of lines of an order.
 *
 * @param orderId the order
 * @param lines   line indexes (0-based, checkout order) and units
 * @param restock whether the units go back into stock
 * @param at      when
 */
public record RefundRequest(OrderId orderId, List<Line> lines, boolean restock, Instant at) {

    public RefundRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
    }

    /** Units of one line to refund; validated by {@link RefundLines}, not here, so the rules decide the reason. */
    public record Line(long line, long units) {
    }
}
