package org.taawon.core.order;

import java.util.Map;
import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * Port to whoever takes the customers' money (Stripe, a sandbox). The platform is the merchant of
 * record: one payment per order for its whole total. Every call carries an idempotency key the
 * caller derived from a row it saved first, so a retry never charges or refunds twice.
 */
public interface PaymentGateway {

    /** Starts (or, with the same key, finds again) the payment of an order's total. */
    Payment startPayment(PaymentRequest request);

    /** Looks a payment up: used by webhooks and reconciliation. */
    Payment lookUp(String paymentReference);

    /** Returns {@code amount} of a succeeded payment to the customer. */
    GatewayRefund refund(String paymentReference, Money amount, String idempotencyKey);

    /**
     * @param orderId        the order paid for
     * @param amount         its total
     * @param idempotencyKey stable for this order's payment
     * @param metadata       shown at the gateway (order id, cooperatives)
     */
    record PaymentRequest(OrderId orderId, Money amount, String idempotencyKey, Map<String, String> metadata) {
        public PaymentRequest {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            metadata = Map.copyOf(metadata);
        }
    }

    /**
     * @param reference    the gateway's id (a PaymentIntent id)
     * @param orderId      the order
     * @param amount       the amount
     * @param status       where it stands
     * @param clientSecret what a browser needs to complete it, empty when none
     */
    record Payment(String reference, OrderId orderId, Money amount, PaymentStatus status, String clientSecret) {
        public Payment {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }
    }

    /** @param reference the gateway's refund id; @param amount returned */
    record GatewayRefund(String reference, Money amount, PaymentStatus status) {
        public GatewayRefund {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(status, "status");
        }
    }

    enum PaymentStatus {
        REQUIRES_ACTION,
        PROCESSING,
        SUCCEEDED,
        FAILED
    }
}
