package org.taawon.core.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: start the card payment of a placed order at the gateway. When the gateway answers that it
 * succeeded at once (a saved card, the sandbox) the payment is confirmed through
 * {@link ConfirmPayment} (the order is paid and its sale booked from {@code at}); otherwise the order
 * waits for the gateway's confirmation, until it expires.
 *
 * <p>Refused, before the gateway is called, as SETTLEMENT.md §6 orders it: {@code UNKNOWN_ORDER},
 * {@code WRONG_METHOD} (cash on delivery), {@code ORDER_CANCELLED} (cancelled or expired),
 * {@code ALREADY_PAID}.
 */
public final class PayOrder {

    private final Orders orders;
    private final PaymentGateway gateway;
    private final ConfirmPayment confirm;

    public PayOrder(Orders orders, PaymentGateway gateway, ConfirmPayment confirm) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
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
        order.checkPayable();
        Map<String, String> metadata = new LinkedHashMap<>(paymentDetails);
        metadata.put("order_id", id.value());
        metadata.put("cooperatives", String.join(",", order.subOrders().stream().map(s -> s.cooperative().value()).toList()));

        PaymentGateway.Payment payment = gateway.startPayment(
                new PaymentGateway.PaymentRequest(id, order.total(), idempotencyKey(id), metadata));
        if (payment.status() == PaymentGateway.PaymentStatus.SUCCEEDED) {
            confirm.confirm(id, payment.reference(), payment.amount(), at);
        }
        return payment;
    }

    /** The idempotency key of an order's payment: one payment per order, whatever the retries. */
    public static String idempotencyKey(OrderId id) {
        return "order-" + id.value() + "-payment";
    }
}
