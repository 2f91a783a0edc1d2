package org.taawon.core.split;

import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * One cooperative's part of an order's split.
 *
 * @param cooperative the cooperative
 * @param sales       its lines' gross amounts
 * @param discounts   its lines' share of the discount
 * @param shipping    shipping credited to it (0 when the platform receives shipping)
 * @param commission  the platform's commission on its subtotal
 * @param fee         its share of the processor fee (0 when the platform bears it)
 */
public record CooperativeShare(CooperativeId cooperative, Money sales, Money discounts, Money shipping, Money commission,
                               Money fee) {

    public CooperativeShare {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(discounts, "discounts");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(fee, "fee");
    }

    /** sales - discounts: the commission's base. */
    public Money subtotal() {
        return sales.minus(discounts);
    }

    /** What it earns from the order: subtotal + shipping - commission - fee (§3.8). */
    public Money earned() {
        return subtotal().plus(shipping).minus(commission).minus(fee);
    }
}
