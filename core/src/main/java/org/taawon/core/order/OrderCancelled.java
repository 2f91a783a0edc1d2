package org.taawon.core.order;

import java.time.Instant;
import java.util.Objects;

/** An unpaid order was cancelled: its stock is back and it owes nothing. */
public record OrderCancelled(Order order, Instant at) {
    public OrderCancelled {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(at, "at");
    }
}
