package org.taawon.core.catalogue;

import org.taawon.core.money.TaawonException;

/** A catalogue change or stock movement that breaks a rule; nothing of it was applied. */
public final class CatalogueException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String UNKNOWN_COOPERATIVE = "UNKNOWN_COOPERATIVE";
    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    public static final String DUPLICATE_COOPERATIVE = "DUPLICATE_COOPERATIVE";
    public static final String DUPLICATE_PRODUCT = "DUPLICATE_PRODUCT";
    public static final String INVALID_PRICE = "INVALID_PRICE";
    public static final String INVALID_STOCK = "INVALID_STOCK";
    public static final String INVALID_QUANTITY = "INVALID_QUANTITY";
    public static final String INVALID_PAYOUT_MINIMUM = "INVALID_PAYOUT_MINIMUM";
    public static final String INSUFFICIENT_STOCK = "INSUFFICIENT_STOCK";

    public CatalogueException(String reason, String message) {
        super(reason, message);
    }
}
