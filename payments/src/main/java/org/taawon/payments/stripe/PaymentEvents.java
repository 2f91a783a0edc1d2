package org.taawon.payments.stripe;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.PaymentRecord;
import org.taawon.core.order.PaymentRecords;

import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;

/**
 * Payment events: {@code payment_intent.succeeded} confirms the order's payment through
 * {@link ConfirmPayment}, {@code payment_intent.payment_failed} and {@code payment_intent.canceled}
 * cancel an order still waiting for it, and {@code charge.refunded} records what Stripe has refunded.
 *
 * <p>A confirmed payment books the sale, at the event's time, when the order awaits it; is nothing new
 * when the order is already paid by it; and is refunded in full, once, through the gateway when it
 * cannot be booked: the order was cancelled or expired before the payment succeeded, or the order was
 * already paid by another PaymentIntent. That refund's idempotency key is
 * {@link ConfirmPayment#idempotencyKey}; when it fails, the delivery fails (Stripe delivers the event
 * again) and the next delivery asks again under the same key.
 *
 * <p>Order does not matter: a payment record only moves up (a success is never undone by a failure
 * reported late; the refunded total only grows), and an event that implies a success (a refund)
 * confirms the payment first. A failure never cancels an order that is paid.
 */
public final class PaymentEvents implements StripeEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentEvents.class);

    private static final Set<String> TYPES = Set.of("payment_intent.succeeded", "payment_intent.payment_failed",
            "payment_intent.canceled", "charge.refunded");

    private final Orders orders;
    private final PaymentRecords records;
    private final ConfirmPayment confirm;
    private final CancelOrder cancel;
    private final OrderLookup lookup;

    public PaymentEvents(Orders orders, PaymentRecords records, ConfirmPayment confirm, CancelOrder cancel,
                         OrderLookup lookup) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.records = Objects.requireNonNull(records, "records");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
        this.cancel = Objects.requireNonNull(cancel, "cancel");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void apply(String type, StripeObject object, Instant createdAt) {
        switch (type) {
            case "payment_intent.succeeded" -> succeeded(intent(object, type), createdAt);
            case "charge.refunded" -> refunded(charge(object, type), createdAt);
            default -> failed(intent(object, type), createdAt);
        }
    }

    private static PaymentIntent intent(StripeObject object, String type) {
        PaymentIntent intent = StripeWebhooks.expect(object, PaymentIntent.class, type);
        StripeWebhooks.required(intent.getId(), "id");
        StripeWebhooks.required(intent.getAmount(), "amount");
        money(intent.getAmount(), StripeWebhooks.required(intent.getCurrency(), "currency"));
        return intent;
    }

    private static Charge charge(StripeObject object, String type) {
        Charge charge = StripeWebhooks.expect(object, Charge.class, type);
        StripeWebhooks.required(charge.getId(), "id");
        StripeWebhooks.required(charge.getAmount(), "amount");
        StripeWebhooks.required(charge.getAmountRefunded(), "amount_refunded");
        money(charge.getAmount(), StripeWebhooks.required(charge.getCurrency(), "currency"));
        return charge;
    }

    private void succeeded(PaymentIntent intent, Instant at) {
        Optional<OrderId> order = orderOf(intent.getMetadata(), intent.getTransferGroup());
        if (order.isEmpty() || orders.find(order.get()).isEmpty()) {
            LOG.warn("payment {} succeeded for no known order", intent.getId());
            return;
        }
        Money amount = money(intent.getAmount(), intent.getCurrency());
        remember(records, intent.getId(), order.get(), amount, PaymentStatus.SUCCEEDED, money(0, intent.getCurrency()));
        confirm(order.get(), intent.getId(), amount, at);
    }

    private void failed(PaymentIntent intent, Instant at) {
        Optional<OrderId> order = orderOf(intent.getMetadata(), intent.getTransferGroup());
        if (order.isEmpty() || orders.find(order.get()).isEmpty()) {
            LOG.warn("payment {} failed for no known order", intent.getId());
            return;
        }
        PaymentRecord record = remember(records, intent.getId(), order.get(),
                money(intent.getAmount(), intent.getCurrency()), PaymentStatus.FAILED, money(0, intent.getCurrency()));
        if (record.status() == PaymentStatus.SUCCEEDED) {
            return;
        }
        if (orders.get(order.get()).status() == OrderStatus.PENDING_PAYMENT) {
            cancel.cancel(order.get(), at);
        }
    }

    private void refunded(Charge charge, Instant at) {
        Optional<OrderId> order = orderOf(charge.getMetadata(), charge.getTransferGroup())
                .or(() -> lookup.orderOf(charge.getPaymentIntent()));
        if (order.isEmpty() || orders.find(order.get()).isEmpty() || charge.getPaymentIntent() == null) {
            LOG.warn("charge {} refunded for no known order", charge.getId());
            return;
        }
        String reference = charge.getPaymentIntent();
        Money amount = money(charge.getAmount(), charge.getCurrency());
        remember(records, reference, order.get(), amount, PaymentStatus.SUCCEEDED,
                money(charge.getAmountRefunded(), charge.getCurrency()));
        confirm(order.get(), reference, amount, at);
        Order current = orders.get(order.get());
        PaymentRecord record = records.find(reference).orElseThrow();
        boolean booked = reference.equals(current.paymentReference().orElse(null)) && current.status().isPaid();
        if (booked && record.refunded().isGreaterThan(current.refunded())) {
            LOG.warn("order {}: Stripe has refunded {}, the order only {} (a refund made outside the library?)",
                    current.id(), record.refunded(), current.refunded());
        }
    }

    /**
     * Confirms a payment that succeeded: books it, or finds it booked, or refunds it when it cannot be
     * booked. A refusal (a cash-on-delivery order) is logged and the event kept: no delivery can change it.
     */
    private void confirm(OrderId order, String reference, Money amount, Instant at) {
        try {
            ConfirmPayment.Confirmation confirmation = confirm.confirm(order, reference, amount, at);
            if (confirmation.outcome() == ConfirmPayment.Outcome.REFUNDED) {
                LOG.warn("order {} is {}: its payment {} could not be booked and is refunded in full", order,
                        confirmation.order().status(), reference);
            }
        } catch (OrderRejectedException e) {
            LOG.error("order {}: payment {} cannot be confirmed ({}): {}", order, reference, e.reason(), e.getMessage());
        }
    }

    /**
     * Books the order's payment when it still waits for it; an event implying a success that must not
     * refund it (a dispute: Stripe refuses refunds of disputed charges) calls it first.
     */
    static void confirmIfPending(Orders orders, ConfirmPayment confirm, OrderId order, String reference, Instant at) {
        if (orders.get(order).status() == OrderStatus.PENDING_PAYMENT) {
            confirm.confirm(order, reference, at);
        }
    }

    /** Merges what an event says into the payment's record: the status only moves up, the refunded total only grows. */
    static PaymentRecord remember(PaymentRecords records, String reference, OrderId order, Money amount,
                                  PaymentStatus status, Money refunded) {
        PaymentRecord merged = records.find(reference)
                .map(r -> r.withStatus(rank(status) > rank(r.status()) ? status : r.status())
                        .withRefunded(r.refunded().max(refunded)))
                .orElse(new PaymentRecord(reference, order, amount, status, refunded));
        records.save(merged);
        return merged;
    }

    private static int rank(PaymentStatus status) {
        return switch (status) {
            case REQUIRES_ACTION -> 0;
            case PROCESSING -> 1;
            case FAILED -> 2;
            case SUCCEEDED -> 3;
        };
    }

    private static Optional<OrderId> orderOf(Map<String, String> metadata, String transferGroup) {
        String id = metadata == null ? null : metadata.get("order_id");
        if (id == null) {
            id = transferGroup;
        }
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderId.of(id));
        } catch (TaawonException e) {
            throw new InvalidWebhookException("event names an invalid order id", e);
        }
    }

    static Money money(long minor, String currency) {
        try {
            return Money.of(minor, currency.toUpperCase(Locale.ROOT));
        } catch (TaawonException | IllegalArgumentException e) {
            throw new InvalidWebhookException("event names an unknown currency '" + currency + "'", e);
        }
    }
}
