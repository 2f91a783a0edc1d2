package org.taawon.core.order;

import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * What the gateway last told us about one payment, kept for reconciliation: the order it pays, its
 * status and how much of it the gateway has refunded (which may include refunds made outside the
 * library, at the gateway's dashboard).
 *
 * @param reference the gateway's id for the payment
 * @param orderId   the order it pays
 * @param amount    the amount charged
 * @param status    where it stands
 * @param refunded  the total the gateway reports as refunded
 */
public record PaymentRecord(String reference, OrderId orderId, Money amount, PaymentGateway.PaymentStatus status,
                            Money refunded) {

    public PaymentRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(refunded, "refunded");
        amount.requireSameCurrency(refunded);
    }

    public PaymentRecord withStatus(PaymentGateway.PaymentStatus newStatus) {
        return new PaymentRecord(reference, orderId, amount, newStatus, refunded);
    }

    public PaymentRecord withRefunded(Money newRefunded) {
        return new PaymentRecord(reference, orderId, amount, status, newRefunded);
    }
}
