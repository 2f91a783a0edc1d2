package org.taawon.core.order;

import org.taawon.core.money.TaawonException;

/**
 * A checkout, refund or order change refused by the rules (SETTLEMENT.md §6); nothing of it was
 * applied: no stock, no money, no order id taken.
 */
public final class OrderRejectedException extends TaawonException {

    private static final long serialVersionUID = 1L;

    private final OrderRejection rejection;

    public OrderRejectedException(OrderRejection rejection, String message) {
        super(rejection.name(), message);
        this.rejection = rejection;
    }

    public OrderRejection rejection() {
        return rejection;
    }
}
