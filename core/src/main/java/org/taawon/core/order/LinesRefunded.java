package org.taawon.core.order;

import java.util.Objects;

/** Units of an order's lines were refunded; {@code order} is the order after the refund. */
public record LinesRefunded(Order order, Refund refund) {
    public LinesRefunded {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(refund, "refund");
    }
}
