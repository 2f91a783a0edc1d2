package org.taawon.core.order;

/** Where an order stands with its payment. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED,
    CANCELLED;

    public boolean isRefundable() {
        return this == PAID || this == PARTIALLY_REFUNDED;
    }
}
