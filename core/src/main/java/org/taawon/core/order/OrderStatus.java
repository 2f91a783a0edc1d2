package org.taawon.core.order;

/** Where an order stands with its payment. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELLED;

    /**
     * Whether refunds may be asked of the order: it was paid. A fully refunded order still is, so a
     * further request is judged line by line (and refused as exceeding the purchase).
     */
    public boolean isRefundable() {
        return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
