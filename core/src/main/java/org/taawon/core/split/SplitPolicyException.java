package org.taawon.core.split;

import org.taawon.core.money.TaawonException;

/** A split configuration that cannot be applied. */
public final class SplitPolicyException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String REASON = "INVALID_SPLIT_POLICY";

    public SplitPolicyException(String message) {
        super(REASON, message);
    }
}
