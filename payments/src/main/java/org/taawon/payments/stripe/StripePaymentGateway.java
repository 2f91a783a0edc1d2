package org.taawon.payments.stripe;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PaymentGateway;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;
import org.taawon.payments.support.Sleeper;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;

/**
 * The platform takes the customers' money through Stripe: one PaymentIntent per order for its whole
 * total (the platform is the merchant of record; cooperatives are paid later by transfers), with the
 * order's metadata and {@code transfer_group} = the order id. Refunds go through the Refund API for
 * the exact amounts the core computed. Every POST carries the caller's idempotency key; 429s and
 * dropped connections are retried with it, and a 5xx (which Stripe stores under the key) is resolved
 * before anything is asked again under a derived key.
 */
public final class StripePaymentGateway implements PaymentGateway {

    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentGateway.class);

    /** How many keys one call walks through at most, replayed ones included. */
    private static final int MAX_DERIVED_KEYS = 100;

    private final StripeClient client;
    private final StripeCalls calls;

    public StripePaymentGateway(StripeClient client, RateLimiter limiter, Backoff backoff, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = new StripeCalls(limiter, backoff, sleeper);
    }

    public static StripePaymentGateway of(StripeConnection connection) {
        return new StripePaymentGateway(connection.client(), RateLimiter.standard(), Backoff.standard(), Sleeper.SYSTEM);
    }

    /**
     * Creates the order's PaymentIntent under the caller's key. A 5xx is stored by Stripe under that key,
     * so it is retried under a derived key ({@code KEY.1}, ...): an intent left behind by the failed
     * call charges no one, since only the customer can confirm it. A 500 that Stripe replays (stored by
     * an earlier call with these keys) moves on to the next key without counting as a retry.
     */
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
        PaymentIntentCreateParams built = params.build();
        int serverErrors = 0;
        for (int attempt = 0; ; attempt++) {
            RequestOptions options = RequestOptions.builder()
                    .setIdempotencyKey(derivedKey(request.idempotencyKey(), attempt)).build();
            try {
                PaymentIntent intent = calls.withRetries("payment of order " + request.orderId(), false,
                        () -> client.v1().paymentIntents().create(built, options));
                LOG.info("order {}: payment intent {} ({})", request.orderId(), intent.getId(), intent.getStatus());
                return toPayment(intent);
            } catch (StripeCallException e) {
                if (!isServerError(e)) {
                    throw e;
                }
                serverErrors = nextAfterServerError(e, attempt, serverErrors);
            }
        }
    }

    @Override
    public Payment lookUp(String paymentReference) {
        return toPayment(calls.withRetries("look-up of payment " + paymentReference, true,
                () -> client.v1().paymentIntents().retrieve(paymentReference)));
    }

    /**
     * Refunds under the caller's key. After a 5xx (stored by Stripe under the key, whether or not the
     * refund was made) the payment's refunds are listed first: one carrying this key in its metadata is
     * the answer; only when there is none is the refund asked again, under a derived key
     * ({@code KEY.1}, ...). A call repeated later with the same key (the caller's own retry, after this
     * one gave up) finds its 500s replayed by Stripe and moves on through the derived keys without
     * counting them as retries, so it never makes a second refund and never stays stuck on a stored 500.
     */
    @Override
    public GatewayRefund refund(String paymentReference, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentReference)
                .setAmount(amount.minor())
                .putMetadata("refund_key", idempotencyKey)
                .build();
        int serverErrors = 0;
        for (int attempt = 0; ; attempt++) {
            RequestOptions options = RequestOptions.builder()
                    .setIdempotencyKey(derivedKey(idempotencyKey, attempt)).build();
            try {
                Refund refund = calls.withRetries("refund " + idempotencyKey, false,
                        () -> client.v1().refunds().create(params, options));
                LOG.info("refund {} of payment {}: {} ({})", idempotencyKey, paymentReference, refund.getId(),
                        refund.getStatus());
                return toRefund(refund, amount);
            } catch (StripeCallException e) {
                if (!isServerError(e)) {
                    throw e;
                }
                Optional<Refund> made = findRefund(paymentReference, idempotencyKey);
                if (made.isPresent()) {
                    LOG.info("refund {} of payment {} was made before a 500: {}", idempotencyKey, paymentReference,
                            made.get().getId());
                    return toRefund(made.get(), amount);
                }
                serverErrors = nextAfterServerError(e, attempt, serverErrors);
            }
        }
    }

    /**
     * Decides what follows a 5xx under the {@code attempt}-th key: a fresh one counts as a retry (and
     * waits), and fails the call once the retries are spent; one Stripe replays only burns that key.
     * Returns the fresh 5xx counted so far.
     */
    private int nextAfterServerError(StripeCallException e, int attempt, int serverErrors) {
        if (isReplayed(e)) {
            if (attempt >= MAX_DERIVED_KEYS) {
                throw e;
            }
            return serverErrors;
        }
        if (serverErrors >= calls.backoff().maxRetries()) {
            throw e;
        }
        calls.pause(serverErrors);
        return serverErrors + 1;
    }

    private Optional<Refund> findRefund(String paymentReference, String idempotencyKey) {
        RefundListParams list = RefundListParams.builder().setPaymentIntent(paymentReference).setLimit(100L).build();
        return calls.withRetries("refunds of " + paymentReference, true, () -> client.v1().refunds().list(list))
                .getData().stream()
                .filter(r -> r.getMetadata() != null && idempotencyKey.equals(r.getMetadata().get("refund_key")))
                .findFirst();
    }

    private static GatewayRefund toRefund(Refund refund, Money amount) {
        return new GatewayRefund(refund.getId(), Money.of(refund.getAmount(), amount.currency()),
                refundStatus(refund.getStatus()));
    }

    private static String derivedKey(String key, int attempt) {
        return attempt == 0 ? key : key + "." + attempt;
    }

    private static boolean isServerError(StripeCallException e) {
        return e.getCause() instanceof StripeException cause && StripeCalls.isServerError(cause);
    }

    /** Whether Stripe answered from what it stored under the key ({@code Idempotent-Replayed: true}). */
    private static boolean isReplayed(StripeCallException e) {
        return e.getCause() instanceof StripeException cause && cause.getStripeError() != null
                && cause.getStripeError().getLastResponse() != null
                && cause.getStripeError().getLastResponse().headers().firstValue("Idempotent-Replayed")
                        .map("true"::equalsIgnoreCase).orElse(false);
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
