package org.taawon.core.split;

import java.util.List;
import java.util.Objects;

import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;

/**
 * Where every unit of an order's total goes (SETTLEMENT.md §3): to each cooperative, to the platform
 * and to the processor. {@code charged == sum of shares' earned + platformEarned + processorFee}
 * always.
 *
 * @param orderId          the order
 * @param charged          the customer's total T
 * @param shares           per cooperative, in order of first appearance
 * @param platformShipping shipping credited to the platform
 * @param platformFee      the part of the fee the platform bears
 * @param processorFee     the whole fee F
 */
public record OrderSplit(OrderId orderId, Money charged, List<CooperativeShare> shares, Money platformShipping,
                         Money platformFee, Money processorFee) {

    public OrderSplit {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(platformShipping, "platformShipping");
        Objects.requireNonNull(platformFee, "platformFee");
        Objects.requireNonNull(processorFee, "processorFee");
        shares = List.copyOf(shares);
    }

    public Money platformCommission() {
        Money sum = Money.zero(charged.currency());
        for (CooperativeShare share : shares) {
            sum = sum.plus(share.commission());
        }
        return sum;
    }

    /** Commission + shipping credited - fee borne. */
    public Money platformEarned() {
        return platformCommission().plus(platformShipping).minus(platformFee);
    }
}
