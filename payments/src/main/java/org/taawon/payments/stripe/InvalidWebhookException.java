package org.taawon.payments.stripe;

import org.taawon.core.money.TaawonException;

/**
 * A webhook delivery that cannot be trusted or read: a forged or tampered body, a wrong or missing
 * signature, a timestamp outside the tolerance (stale or in the future), a malformed header or body.
 * The only exception {@link StripeWebhooks} raises for a bad delivery; a host answers it with HTTP 400.
 */
public final class InvalidWebhookException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String REASON = "INVALID_WEBHOOK";

    InvalidWebhookException(String message) {
        super(REASON, message);
    }

    InvalidWebhookException(String message, Throwable cause) {
        super(REASON, message, cause);
    }
}
