package org.taawon.payments.bankfile;

import org.taawon.core.money.TaawonException;

/** A bank account number that is not a valid IBAN or Moroccan RIB; nothing is paid to it. */
public final class InvalidBankAccountException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String INVALID_IBAN = "INVALID_IBAN";
    public static final String INVALID_RIB = "INVALID_RIB";

    InvalidBankAccountException(String reason, String message) {
        super(reason, message);
    }

    InvalidBankAccountException(String reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
