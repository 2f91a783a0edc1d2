package org.taawon.payments.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.money.Money;
import org.taawon.core.order.PaymentGateway;

/**
 * An offline {@link PaymentGateway} that behaves like Stripe in test mode, for demos and tests
 * without a Stripe key. A payment starts as REQUIRES_ACTION with a client secret, like a
 * PaymentIntent; {@link #confirm} with a test card (see {@link TestCard}) then succeeds or declines
 * it. A request whose metadata carries {@code test_card} is confirmed at once with that card.
 *
 * <p>References are derived from the idempotency keys ({@code pi_sandbox_...},
 * {@code re_sandbox_...}), so a run repeated with the same keys gives the same references, and a key
 * repeated with other parameters is refused as Stripe refuses it. A refund repeated under its key is
 * answered with the refund already made (even once the payment is refunded in full), never made twice;
 * a payment is refunded at most its amount in all.
 */
public final class SandboxPaymentGateway implements PaymentGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxPaymentGateway.class);

    public static final String TEST_CARD = "test_card";

    private final Map<String, PaymentRequest> requests = new HashMap<>();
    private final Map<String, Payment> payments = new HashMap<>();
    private final Map<String, String> declines = new HashMap<>();
    private final Map<String, GatewayRefund> refunds = new HashMap<>();
    private final Map<String, String> refundedPayment = new HashMap<>();

    @Override
    public synchronized Payment startPayment(PaymentRequest request) {
        String reference = "pi_sandbox_" + digest(request.idempotencyKey());
        PaymentRequest earlier = requests.putIfAbsent(reference, request);
        if (earlier != null) {
            if (!earlier.equals(request)) {
                throw new SandboxPaymentException(SandboxPaymentException.IDEMPOTENCY_CONFLICT,
                        "key " + request.idempotencyKey() + " was used with other parameters");
            }
            return payments.get(reference);
        }
        payments.put(reference, new Payment(reference, request.orderId(), request.amount(), PaymentStatus.REQUIRES_ACTION,
                reference + "_secret_" + digest(reference)));
        String card = request.metadata().get(TEST_CARD);
        return card == null ? payments.get(reference) : confirm(reference, card);
    }

    /** The customer pays with a card: the payment succeeds, fails, or still needs authentication. */
    public synchronized Payment confirm(String reference, String cardNumber) {
        Payment payment = lookUp(reference);
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            return payment;
        }
        TestCard card = TestCard.of(cardNumber);
        Payment next = new Payment(reference, payment.orderId(), payment.amount(), card.status(), payment.clientSecret());
        payments.put(reference, next);
        card.declineCode().ifPresentOrElse(code -> declines.put(reference, code), () -> declines.remove(reference));
        LOG.info("sandbox payment {} for order {}: {}{}", reference, payment.orderId(), card.status(),
                card.declineCode().map(c -> " (" + c + ")").orElse(""));
        return next;
    }

    /** Why the last card was declined, as Stripe names it ({@code insufficient_funds}, ...). */
    public synchronized Optional<String> declineCode(String reference) {
        return Optional.ofNullable(declines.get(reference));
    }

    @Override
    public synchronized Payment lookUp(String paymentReference) {
        Payment payment = payments.get(paymentReference);
        if (payment == null) {
            throw new SandboxPaymentException(SandboxPaymentException.UNKNOWN_PAYMENT, "no payment " + paymentReference);
        }
        return payment;
    }

    @Override
    public synchronized GatewayRefund refund(String paymentReference, Money amount, String idempotencyKey) {
        GatewayRefund earlier = refunds.get(idempotencyKey);
        if (earlier != null) {
            if (!earlier.amount().equals(amount) || !paymentReference.equals(refundedPayment.get(idempotencyKey))) {
                throw new SandboxPaymentException(SandboxPaymentException.IDEMPOTENCY_CONFLICT,
                        "key " + idempotencyKey + " was used with other parameters");
            }
            return earlier;
        }
        Payment payment = lookUp(paymentReference);
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            throw new SandboxPaymentException(SandboxPaymentException.NOT_REFUNDABLE,
                    "payment " + paymentReference + " is " + payment.status());
        }
        Money already = refunded(paymentReference);
        if (!amount.isPositive() || already.plus(amount).isGreaterThan(payment.amount())) {
            throw new SandboxPaymentException(SandboxPaymentException.REFUND_EXCEEDS_PAYMENT,
                    "refund of " + amount + " on " + paymentReference + " (" + payment.amount() + ", " + already + " refunded)");
        }
        GatewayRefund refund = new GatewayRefund("re_sandbox_" + digest(idempotencyKey), amount, PaymentStatus.SUCCEEDED);
        refunds.put(idempotencyKey, refund);
        refundedPayment.put(idempotencyKey, paymentReference);
        return refund;
    }

    /** How much of a payment has been refunded, over all its refunds' keys. */
    public synchronized Money refunded(String paymentReference) {
        Payment payment = lookUp(paymentReference);
        return refunds.entrySet().stream()
                .filter(e -> paymentReference.equals(refundedPayment.get(e.getKey())))
                .map(e -> e.getValue().amount()).reduce(Money.zero(payment.amount().currency()), Money::plus);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
