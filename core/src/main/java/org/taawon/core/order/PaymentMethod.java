package org.taawon.core.order;

/**
 * How the customer pays for an order (SETTLEMENT.md §3a, §3e).
 */
public enum PaymentMethod {
    /**
     * One charge for the whole order at a gateway (a card): the order is paid at once or waits for
     * its payment, and expires when the payment does not come within the payment time-out.
     */
    CARD,
    /**
     * Cash at the door, parcel by parcel: each cooperative's part of the order is paid when its parcel
     * is delivered. Such an order waits for its deliveries and never expires.
     */
    CASH_ON_DELIVERY
}
