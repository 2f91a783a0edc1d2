package org.taawon.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;

/**
 * The customer paid for part or all of an order: from {@code at} its sale counts (SETTLEMENT.md
 * §3a). A card payment pays every cooperative's part at once; cash on delivery pays one parcel.
 *
 * @param order        the order, as paid
 * @param cooperatives the cooperatives whose parts this payment paid, in the order's sub-order order
 * @param at           when it was paid
 */
public record OrderPaid(Order order, List<CooperativeId> cooperatives, Instant at) {
    public OrderPaid {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(at, "at");
        cooperatives = List.copyOf(cooperatives);
        if (cooperatives.isEmpty()) {
            throw new IllegalArgumentException("a payment of order " + order.id() + " pays no cooperative's part");
        }
    }
}
