package org.taawon.core.order;

import java.util.Objects;

/** An order was placed: its stock is held and its figures fixed; nothing is owed or earned until it is paid. */
public record OrderPlaced(Order order) {
    public OrderPlaced {
        Objects.requireNonNull(order, "order");
    }
}
