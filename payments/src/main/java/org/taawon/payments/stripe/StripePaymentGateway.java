package org.taawon.payments.stripe;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PaymentGateway;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;
import org.taawon.payments.support.Sleeper;

import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;

/**
 * The platform takes the customers' money through Stripe: one PaymentIntent per order for its whole
 * total (the platform is the merchant of record; cooperatives are paid later by transfers), with the
 * order's metadata and {@code transfer_group} = the order id. Refunds go through the Refund API for
 * the exact amounts the core computed. Every POST carries the caller's idempotency key; 429s and
 * dropped connections are retried with it.
 */
public final class StripePaymentGateway implements PaymentGateway {

    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentGateway.class);

    private final StripeClient client;
    private final StripeCalls calls;

    public StripePaymentGateway(StripeClient client, RateLimiter limiter, Backoff backoff, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = new StripeCalls(limiter, backoff, sleeper);
    }

    public static StripePaymentGateway of(StripeConnection connection) {
        return new StripePaymentGateway(connection.client(), RateLimiter.standard(), Backoff.standard(), Sleeper.SYSTEM);
    }

    @Override
    public Payment startPayment(PaymentRequest request) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(request.amount().minor())
                .setCurrency(currencyCode(request.amount().currency()))
                .setTransferGroup(request.orderId().value())
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build());
        request.metadata().forEach(params::putMetadata);
        params.putMetadata("order_id", request.orderId().value());
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(request.idempotencyKey()).build();
        PaymentIntent intent = calls.withRetries("payment of order " + request.orderId(), false,
                () -> client.v1().paymentIntents().create(params.build(), options));
        LOG.info("order {}: payment intent {} ({})", request.orderId(), intent.getId(), intent.getStatus());
        return toPayment(intent);
    }

    @Override
    public Payment lookUp(String paymentReference) {
        return toPayment(calls.withRetries("look-up of payment " + paymentReference, true,
                () -> client.v1().paymentIntents().retrieve(paymentReference)));
    }

    @Override
    public GatewayRefund refund(String paymentReference, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentReference)
                .setAmount(amount.minor())
                .putMetadata("refund_key", idempotencyKey)
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        Refund refund = calls.withRetries("refund " + idempotencyKey, false,
                () -> client.v1().refunds().create(params, options));
        LOG.info("refund {} of payment {}: {} ({})", idempotencyKey, paymentReference, refund.getId(), refund.getStatus());
        return new GatewayRefund(refund.getId(), Money.of(refund.getAmount(), amount.currency()), refundStatus(refund.getStatus()));
    }

    static Payment toPayment(PaymentIntent intent) {
        Map<String, String> metadata = intent.getMetadata() == null ? Map.of() : intent.getMetadata();
        String order = metadata.getOrDefault("order_id", intent.getTransferGroup());
        if (order == null) {
            throw new StripeCallException(StripeCallException.REJECTED,
                    "payment intent " + intent.getId() + " names no order (metadata order_id, transfer_group)", null);
        }
        Money amount = Money.of(intent.getAmount(), intent.getCurrency().toUpperCase(Locale.ROOT));
        String secret = intent.getClientSecret() == null ? "" : intent.getClientSecret();
        return new Payment(intent.getId(), OrderId.of(order), amount, paymentStatus(intent.getStatus()), secret);
    }

    /** Stripe's PaymentIntent statuses in the core's terms. */
    static PaymentStatus paymentStatus(String status) {
        return switch (status == null ? "" : status) {
            case "succeeded" -> PaymentStatus.SUCCEEDED;
            case "processing" -> PaymentStatus.PROCESSING;
            case "canceled" -> PaymentStatus.FAILED;
            default -> PaymentStatus.REQUIRES_ACTION;
        };
    }

    static PaymentStatus refundStatus(String status) {
        return switch (status == null ? "" : status) {
            case "succeeded" -> PaymentStatus.SUCCEEDED;
            case "failed", "canceled" -> PaymentStatus.FAILED;
            case "requires_action" -> PaymentStatus.REQUIRES_ACTION;
            default -> PaymentStatus.PROCESSING;
        };
    }

    static String currencyCode(Currency currency) {
        return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
    }
}
