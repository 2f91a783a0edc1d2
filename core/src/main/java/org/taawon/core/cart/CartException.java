package org.taawon.core.cart;

import org.taawon.core.money.TaawonException;

/** A cart change that breaks a rule; the cart is left as it was. */
public final class CartException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String UNKNOWN_CART = "UNKNOWN_CART";
    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";
    public static final String INVALID_QUANTITY = "INVALID_QUANTITY";
    public static final String NOT_IN_CART = "NOT_IN_CART";

    public CartException(String reason, String message) {
        super(reason, message);
    }
}
