package org.taawon.core.order;

/** Why an order operation was refused. The names are the reason codes of SETTLEMENT.md §6. */
public enum OrderRejection {
    DUPLICATE_ORDER,
    EMPTY_ORDER,
    UNKNOWN_PRODUCT,
    INVALID_QUANTITY,
    CURRENCY_MISMATCH,
    INSUFFICIENT_STOCK,
    INVALID_DISCOUNT,
    INVALID_SHIPPING,
    /** Amounts so large they leave the range of exact arithmetic. */
    AMOUNT_OVERFLOW,
    UNKNOWN_ORDER,
    EMPTY_REFUND,
    UNKNOWN_LINE,
    REFUND_EXCEEDS_PURCHASE,
    /** The order is not paid (awaiting its payment, or cancelled), so there is nothing to refund. */
    ORDER_NOT_PAID,
    /** The order was cancelled (by the customer, the operator or expiry): it can be neither paid nor refunded. */
    ORDER_CANCELLED,
    /** The order is already paid: it is not paid again, and it is refunded instead of cancelled. */
    ALREADY_PAID,
    /** The operation belongs to another way of paying (a card payment for a cash-on-delivery order, say). */
    WRONG_METHOD,
    /** A state change the order's current state does not allow (shipping an unpaid order, say). */
    INVALID_STATE,
    UNKNOWN_COOPERATIVE
}
