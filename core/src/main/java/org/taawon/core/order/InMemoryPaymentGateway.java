package org.taawon.core.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.taawon.core.money.Money;

/**
 * A {@link PaymentGateway} that accepts every payment at once and remembers it, keyed by idempotency
 * key so a repeated call returns the first result. For tests and offline runs of the core; the
 * payments module has a sandbox with test cards and a Stripe gateway.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    private final Map<String, Payment> byKey = new LinkedHashMap<>();
    private final Map<String, Payment> byReference = new LinkedHashMap<>();
    private final Map<String, GatewayRefund> refunds = new LinkedHashMap<>();
    private final List<RefundMade> made = new ArrayList<>();

    /**
     * A refund the gateway made (once per idempotency key).
     *
     * @param paymentReference the payment refunded
     * @param amount           how much
     * @param idempotencyKey   the key it was asked under
     */
    public record RefundMade(String paymentReference, Money amount, String idempotencyKey) {
    }

    @Override
    public synchronized Payment startPayment(PaymentRequest request) {
        return byKey.computeIfAbsent(request.idempotencyKey(), key -> {
            Payment payment = new Payment("pay_" + (byReference.size() + 1), request.orderId(), request.amount(),
                    PaymentStatus.SUCCEEDED, "");
            byReference.put(payment.reference(), payment);
            return payment;
        });
    }

    @Override
    public synchronized Payment lookUp(String paymentReference) {
        Payment payment = byReference.get(paymentReference);
        if (payment == null) {
            throw new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no payment " + paymentReference);
        }
        return payment;
    }

    @Override
    public synchronized GatewayRefund refund(String paymentReference, Money amount, String idempotencyKey) {
        lookUp(paymentReference);
        return refunds.computeIfAbsent(idempotencyKey, key -> {
            made.add(new RefundMade(paymentReference, amount, key));
            return new GatewayRefund("re_" + (refunds.size() + 1), amount, PaymentStatus.SUCCEEDED);
        });
    }

    /** Every refund made, in order; a call repeated under the same key is not made twice. */
    public synchronized List<RefundMade> refunds() {
        return List.copyOf(made);
    }
}
