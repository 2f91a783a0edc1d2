package org.taawon.core.order;

/**
 * Where an order stands with its payment (SETTLEMENT.md §3a). An order is placed
 * {@link #PENDING_PAYMENT}: it holds its stock and earns nothing. Its payment makes it {@link #PAID}
 * (and refunds then partly or fully refunded); a cancellation or expiry before that makes it
 * {@link #CANCELLED}, for good.
 */
public enum OrderStatus {
    /** Placed, holding its stock, not yet paid: nothing is charged, earned or payable. */
    PENDING_PAYMENT,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED,
    /** Given up before it was paid (by the customer, the operator or expiry): its stock is back. */
    CANCELLED;

    /**
     * Whether the customer has paid: refunds may be asked of the order. A fully refunded order still
     * is, so a further request is judged line by line (and refused as exceeding the purchase).
     */
    public boolean isPaid() {
        return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
