package org.taawon.core.order;

/** Where a cooperative's part of an order stands with its delivery. */
public enum FulfilmentStatus {
    AWAITING_SHIPMENT,
    SHIPPED,
    DELIVERED
}
