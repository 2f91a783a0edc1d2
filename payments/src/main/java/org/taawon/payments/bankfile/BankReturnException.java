package org.taawon.payments.bankfile;

import org.taawon.core.money.TaawonException;

/** A bank confirmation or return file that cannot be read; nothing of it was applied. */
public final class BankReturnException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String REASON = "INVALID_BANK_RETURN";

    BankReturnException(String message) {
        super(REASON, message);
    }
}
