package org.taawon.core.order;

import java.time.Instant;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;

/** Use case: a cooperative's parcel of an order is marked delivered. */
public final class DeliverSubOrder {

    private final Orders orders;

    public DeliverSubOrder(Orders orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    public Order deliver(OrderId id, CooperativeId cooperative, Instant at) {
        Order order = orders.findForUpdate(id)
                .orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + id));
        order.markDelivered(cooperative, at);
        orders.update(order);
        return order;
    }
}
