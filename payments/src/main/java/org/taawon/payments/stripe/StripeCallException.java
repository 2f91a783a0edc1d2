package org.taawon.payments.stripe;

import org.taawon.core.money.TaawonException;

/**
 * A call to Stripe that did not get a usable answer. Nothing is assumed about money in that case:
 * a payout stays SENDING and is looked up before it is sent again.
 */
public final class StripeCallException extends TaawonException {

    private static final long serialVersionUID = 1L;

    /** Stripe could not be reached or kept failing after every retry. */
    public static final String UNAVAILABLE = "STRIPE_UNAVAILABLE";
    /** Stripe refused the request itself (bad parameters, unknown object). */
    public static final String REJECTED = "STRIPE_REJECTED";
    /** Stripe refused the key (wrong, revoked or without permission). */
    public static final String AUTHENTICATION = "STRIPE_AUTHENTICATION";
    /** An idempotency key was reused with other parameters: a bug or a changed row, never retried. */
    public static final String IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT";

    public StripeCallException(String reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
