package org.taawon.payments.sandbox;

import org.taawon.core.money.TaawonException;

/** A sandbox call that Stripe would also refuse (an unknown payment, a refund above what was paid). */
public final class SandboxPaymentException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String UNKNOWN_PAYMENT = "UNKNOWN_PAYMENT";
    public static final String NOT_REFUNDABLE = "PAYMENT_NOT_REFUNDABLE";
    public static final String REFUND_EXCEEDS_PAYMENT = "REFUND_EXCEEDS_PAYMENT";
    public static final String IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT";

    SandboxPaymentException(String reason, String message) {
        super(reason, message);
    }
}
