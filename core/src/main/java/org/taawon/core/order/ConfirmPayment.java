package org.taawon.core.order;

import java.time.Instant;
import java.util.Objects;

/** Use case: the gateway confirms an order's payment (a webhook); repeating it is harmless. */
public final class ConfirmPayment {

    private final Orders orders;

    public ConfirmPayment(Orders orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    public Order confirm(OrderId id, String paymentReference, Instant at) {
        Order order = orders.findForUpdate(id)
                .orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + id));
        order.markPaid(paymentReference, at);
        orders.update(order);
        return order;
    }
}
