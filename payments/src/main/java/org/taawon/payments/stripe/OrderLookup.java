package org.taawon.payments.stripe;

import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PaymentRecord;
import org.taawon.core.order.PaymentRecords;

/**
 * Finds the order a PaymentIntent pays. Most events name it themselves (metadata, transfer group); a
 * dispute names only the PaymentIntent, so the payment records are asked first and, when an event
 * arrives before any other about its payment, the gateway (the record it returns is kept).
 */
public final class OrderLookup {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLookup.class);

    private final PaymentRecords records;
    private final PaymentGateway gateway;

    public OrderLookup(PaymentRecords records, PaymentGateway gateway) {
        this.records = Objects.requireNonNull(records, "records");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /** The order paid by {@code paymentIntentId}, or empty when it is not one of ours. */
    public Optional<OrderId> orderOf(String paymentIntentId) {
        if (paymentIntentId == null) {
            return Optional.empty();
        }
        Optional<PaymentRecord> known = records.find(paymentIntentId);
        if (known.isPresent()) {
            return Optional.of(known.get().orderId());
        }
        try {
            PaymentGateway.Payment payment = gateway.lookUp(paymentIntentId);
            PaymentEvents.remember(records, paymentIntentId, payment.orderId(), payment.amount(), payment.status(),
                    Money.zero(payment.amount().currency()));
            return Optional.of(payment.orderId());
        } catch (StripeCallException e) {
            if (!StripeCallException.REJECTED.equals(e.reason())) {
                throw e;
            }
            LOG.warn("payment {} is unknown at the gateway: {}", paymentIntentId, e.getMessage());
            return Optional.empty();
        }
    }
}
