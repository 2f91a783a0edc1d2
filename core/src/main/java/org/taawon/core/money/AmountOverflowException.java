package org.taawon.core.money;

/** An amount would leave the range of a {@code long} number of minor units. */
public final class AmountOverflowException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String REASON = "AMOUNT_OVERFLOW";

    public AmountOverflowException(String operation, ArithmeticException cause) {
        super(REASON, "amount out of range in " + operation, cause);
    }
}
