package org.taawon.core.order;

import java.math.RoundingMode;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.Money;

/**
 * One line of a placed order, frozen at checkout: the catalogue price then, the line's share of the
 * discount and its net amount (SETTLEMENT.md §3), and how many units were refunded since.
 *
 * @param index         0-based position in checkout order
 * @param sku           the product
 * @param cooperative   the cooperative that sells it
 * @param unitPrice     catalogue price at checkout
 * @param quantity      units bought
 * @param discount      the line's share of the order discount
 * @param refundedUnits units refunded so far, 0..quantity
 */
public record OrderLine(int index, Sku sku, CooperativeId cooperative, Money unitPrice, long quantity, Money discount,
                        long refundedUnits) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount");
        unitPrice.requireSameCurrency(discount);
        if (index < 0 || quantity < 1 || unitPrice.isNegative() || discount.isNegative()
                || refundedUnits < 0 || refundedUnits > quantity || discount.isGreaterThan(unitPrice.times(quantity))) {
            throw new IllegalArgumentException("inconsistent order line " + index + " of " + sku);
        }
    }

    /** unit price * quantity. */
    public Money gross() {
        return unitPrice.times(quantity);
    }

    /** gross - discount: what the customer paid for this line. */
    public Money net() {
        return gross().minus(discount);
    }

    /** The cumulative amount refunded on this line after {@code units} units: rhe(net * units / quantity) (§4). */
    public Money refundedAmountAt(long units) {
        return net().multiplyDivide(units, quantity, RoundingMode.HALF_EVEN);
    }

    /** What refunding {@code units} more units returns to the customer (§4); all units together return exactly net. */
    public Money refundAmount(long units) {
        return refundedAmountAt(refundedUnits + units).minus(refundedAmountAt(refundedUnits));
    }

    public long refundableUnits() {
        return quantity - refundedUnits;
    }

    OrderLine withRefundedUnits(long units) {
        return new OrderLine(index, sku, cooperative, unitPrice, quantity, discount, units);
    }
}
