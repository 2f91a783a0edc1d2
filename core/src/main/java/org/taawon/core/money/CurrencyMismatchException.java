package org.taawon.core.money;

import java.util.Currency;

/** Two amounts of different currencies met in one operation. */
public final class CurrencyMismatchException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String REASON = "CURRENCY_MISMATCH";

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super(REASON, "expected an amount in " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
    }
}
