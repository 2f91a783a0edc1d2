package org.taawon.core.order;

import java.time.Instant;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;

/** Use case: a cooperative marks its part of an order shipped. */
public final class ShipSubOrder {

    private final Orders orders;

    public ShipSubOrder(Orders orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    public Order ship(OrderId id, CooperativeId cooperative, Instant at) {
        Order order = orders.findForUpdate(id)
                .orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + id));
        order.markShipped(cooperative, at);
        orders.update(order);
        return order;
    }
}
