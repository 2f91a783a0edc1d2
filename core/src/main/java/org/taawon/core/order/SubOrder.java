package org.taawon.core.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * One cooperative's part of an order: the net of its lines, the shipping it charged and where its
 * parcel stands.
 *
 * @param cooperative the cooperative
 * @param subtotal    sum of its lines' net amounts
 * @param shipping    shipping charged for its parcel
 * @param fulfilment  awaiting shipment, shipped or delivered
 * @param shippedAt   when it was marked shipped
 * @param deliveredAt when it was marked delivered
 * @param paidAt      when the customer paid for this part: the order's payment for a card order, the
 *                    parcel's delivery for cash on delivery; empty while it is unpaid. Its earnings
 *                    count from this instant plus the hold (SETTLEMENT.md §5).
 */
public record SubOrder(CooperativeId cooperative, Money subtotal, Money shipping, FulfilmentStatus fulfilment,
                       Optional<Instant> shippedAt, Optional<Instant> deliveredAt, Optional<Instant> paidAt) {

    public SubOrder {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(paidAt, "paidAt");
        subtotal.requireSameCurrency(shipping);
        if (subtotal.isNegative() || shipping.isNegative()) {
            throw new IllegalArgumentException("negative amounts in sub-order of " + cooperative);
        }
    }

    static SubOrder awaitingShipment(CooperativeId cooperative, Money subtotal, Money shipping) {
        return new SubOrder(cooperative, subtotal, shipping, FulfilmentStatus.AWAITING_SHIPMENT, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Whether the customer has paid for this part. */
    public boolean isPaid() {
        return paidAt.isPresent();
    }

    SubOrder shipped(Instant at) {
        return new SubOrder(cooperative, subtotal, shipping, FulfilmentStatus.SHIPPED, Optional.of(at), deliveredAt, paidAt);
    }

    SubOrder delivered(Instant at) {
        return new SubOrder(cooperative, subtotal, shipping, FulfilmentStatus.DELIVERED,
                Optional.of(shippedAt.orElse(at)), Optional.of(at), paidAt);
    }

    SubOrder paid(Instant at) {
        return new SubOrder(cooperative, subtotal, shipping, fulfilment, shippedAt, deliveredAt, Optional.of(at));
    }
}
