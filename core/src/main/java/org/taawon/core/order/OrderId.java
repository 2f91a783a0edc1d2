package org.taawon.core.order;

import org.taawon.core.catalogue.Ids;

/** An order's id, given by the host at checkout; unique for ever. */
public record OrderId(String value) implements Comparable<OrderId> {

    public OrderId {
        Ids.requireValid(value, "order id");
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
