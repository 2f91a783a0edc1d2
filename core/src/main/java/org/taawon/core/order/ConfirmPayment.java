package org.taawon.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * Use case: the gateway says an order's card payment succeeded (its immediate answer, or a webhook).
 * The order is marked paid and its sale is booked from that instant (SETTLEMENT.md §3a); confirming
 * the same payment again changes nothing.
 *
 * <p>A payment that cannot be booked is given back: one that succeeded for an order already cancelled
 * or expired (the customer paid after the time-out, a webhook came late), or a second payment for an
 * order already paid under another reference. It is refunded in full through the gateway, once (the
 * idempotency key is derived from the order and the payment, and the refund is recorded in the
 * payment's record), and nothing is booked as a sale.
 */
public final class ConfirmPayment {

    private final Orders orders;
    private final OrderEvents events;
    private final PaymentGateway gateway;
    private final PaymentRecords records;

    public ConfirmPayment(Orders orders, OrderEvents events, PaymentGateway gateway, PaymentRecords records) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.events = Objects.requireNonNull(events, "events");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.records = Objects.requireNonNull(records, "records");
    }

    /** What became of a confirmed payment. */
    public enum Outcome {
        /** The order is now paid and its sale booked. */
        BOOKED,
        /** The order was already paid by this payment: nothing changed. */
        ALREADY_BOOKED,
        /** The payment could not be booked (order cancelled, or paid by another payment): it was refunded in full. */
        REFUNDED
    }

    /**
     * @param order   the order as it stands afterwards
     * @param outcome what became of the payment
     */
    public record Confirmation(Order order, Outcome outcome) {
        public Confirmation {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Confirms a payment of the order's total. */
    public Confirmation confirm(OrderId id, String paymentReference, Instant at) {
        return confirm(id, paymentReference, null, at);
    }

    /**
     * Confirms a payment of {@code amount} (the gateway's figure; {@code null} for the order's total).
     * Refused as {@code UNKNOWN_ORDER} or, for a cash-on-delivery order, {@code WRONG_METHOD}.
     */
    public Confirmation confirm(OrderId id, String paymentReference, Money amount, Instant at) {
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(at, "at");
        Order order = orders.findForUpdate(id)
                .orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + id));
        if (order.method() != PaymentMethod.CARD) {
            order.checkPayable(); // refuses as WRONG_METHOD
        }
        if (paymentReference.equals(order.paymentReference().orElse(null)) && order.status().isPaid()) {
            return new Confirmation(order, Outcome.ALREADY_BOOKED);
        }
        if (order.status() == OrderStatus.CANCELLED || order.status().isPaid()) {
            giveBack(order, paymentReference, amount == null ? order.total() : amount);
            return new Confirmation(order, Outcome.REFUNDED);
        }
        order.markPaid(paymentReference, at);
        orders.update(order);
        events.orderPaid(new OrderPaid(order, everyPart(order), at));
        return new Confirmation(order, Outcome.BOOKED);
    }

    /** Refunds what is left of a payment that cannot be booked, and records it; a repeat refunds nothing more. */
    private void giveBack(Order order, String reference, Money amount) {
        PaymentRecord record = records.find(reference).orElseGet(() -> new PaymentRecord(reference, order.id(), amount,
                PaymentGateway.PaymentStatus.SUCCEEDED, Money.zero(amount.currency())));
        Money rest = record.amount().minus(record.refunded());
        if (!rest.isPositive()) {
            return;
        }
        gateway.refund(reference, rest, idempotencyKey(order.id(), reference));
        records.save(record.withStatus(PaymentGateway.PaymentStatus.SUCCEEDED).withRefunded(record.amount()));
    }

    /** The key of the refund of a payment that could not be booked: one per order and payment. */
    public static String idempotencyKey(OrderId order, String paymentReference) {
        return "order-" + order.value() + "-unbooked-" + paymentReference;
    }

    /** The cooperatives a card payment pays: all of the order's. */
    private static List<CooperativeId> everyPart(Order order) {
        return order.subOrders().stream().map(SubOrder::cooperative).toList();
    }
}
