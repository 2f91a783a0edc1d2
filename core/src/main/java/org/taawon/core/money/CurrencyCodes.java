package org.taawon.core.money;

import java.util.Currency;

/** Parses ISO 4217 codes into currencies with a typed error instead of an IllegalArgumentException. */
public final class CurrencyCodes {

    private CurrencyCodes() {
    }

    public static Currency parse(String code) {
        if (code == null || code.length() != 3) {
            throw new UnknownCurrencyException(code);
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new UnknownCurrencyException(code);
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new UnknownCurrencyException(code);
        }
    }

    /** A text that is not an ISO 4217 currency with minor units. */
    public static final class UnknownCurrencyException extends TaawonException {

        private static final long serialVersionUID = 1L;

        public static final String REASON = "UNKNOWN_CURRENCY";

        UnknownCurrencyException(String code) {
            super(REASON, "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
