package org.taawon.core.payout;

import org.taawon.core.money.TaawonException;

/** A payout operation that breaks a rule; nothing of it was applied. */
public final class PayoutException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String INVALID_STATE = "INVALID_PAYOUT_STATE";
    public static final String UNKNOWN_PAYOUT = "UNKNOWN_PAYOUT";
    public static final String DUPLICATE_RUN = "DUPLICATE_RUN";
    public static final String OUT_OF_ORDER = "OUT_OF_ORDER";

    public PayoutException(String reason, String message) {
        super(reason, message);
    }
}
