package org.taawon.core.order;

import java.util.Objects;

/** An order was placed: stock is taken and the customer owes its total. */
public record OrderPlaced(Order order) {
    public OrderPlaced {
        Objects.requireNonNull(order, "order");
    }
}
