package org.taawon.core.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: start the payment of a placed order at the gateway; when the gateway answers that it
 * succeeded at once (a saved card, the sandbox) the order is marked paid, otherwise it waits for the
 * gateway's confirmation ({@link ConfirmPayment}).
 */
public final class PayOrder {

    private final Orders orders;
    private final PaymentGateway gateway;

    public PayOrder(Orders orders, PaymentGateway gateway) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    public PaymentGateway.Payment pay(OrderId id, Instant at) {
        return pay(id, at, Map.of());
    }

    /**
     * As {@link #pay(OrderId, Instant)}, handing the gateway what the customer gave at the payment
     * step (a payment method id, a sandbox test card) along with the order's own metadata.
     */
    public PaymentGateway.Payment pay(OrderId id, Instant at, Map<String, String> paymentDetails) {
        Order order = orders.get(id);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw new OrderRejectedException(OrderRejection.INVALID_STATE, "order " + id + " is " + order.status());
        }
        Map<String, String> metadata = new LinkedHashMap<>(paymentDetails);
        metadata.put("order_id", id.value());
        metadata.put("cooperatives", String.join(",", order.subOrders().stream().map(s -> s.cooperative().value()).toList()));

        PaymentGateway.Payment payment = gateway.startPayment(
                new PaymentGateway.PaymentRequest(id, order.total(), "order-" + id.value() + "-payment", metadata));
        if (payment.status() == PaymentGateway.PaymentStatus.SUCCEEDED) {
            order.markPaid(payment.reference(), at);
            orders.update(order);
        }
        return payment;
    }
}
