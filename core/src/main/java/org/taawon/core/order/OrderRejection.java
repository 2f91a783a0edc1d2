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
    /** The order is not paid (pending or cancelled), so there is nothing to refund. */
    ORDER_NOT_REFUNDABLE,
    /** A state change the order's current state does not allow (paying a cancelled order, say). */
    INVALID_STATE,
    UNKNOWN_COOPERATIVE
}
