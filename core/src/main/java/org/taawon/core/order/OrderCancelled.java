package org.taawon.core.order;

import java.time.Instant;
import java.util.Objects;

/** An unpaid order was cancelled (by the customer, the operator or expiry): its stock is back; it never earned anything. */
public record OrderCancelled(Order order, Instant at) {
    public OrderCancelled {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(at, "at");
    }
}
