package org.taawon.core.split;

import java.util.Currency;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * One cooperative's part of an order's split. The figures are kept as minor units of one currency
 * (a split is computed for every order, so it stays small); the accessors hand them out as
 * {@link Money}.
 *
 * @param cooperative     the cooperative
 * @param currency        the order's currency
 * @param salesMinor      its lines' gross amounts
 * @param discountsMinor  its lines' share of the discount
 * @param shippingMinor   shipping credited to it (0 when the platform receives shipping)
 * @param commissionMinor the platform's commission on its subtotal
 * @param feeMinor        its share of the processor fee (0 when the platform bears it)
 */
public record CooperativeShare(CooperativeId cooperative, Currency currency, long salesMinor, long discountsMinor,
                               long shippingMinor, long commissionMinor, long feeMinor) {

    public CooperativeShare {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(currency, "currency");
    }

    public Money sales() {
        return Money.of(salesMinor, currency);
    }

    public Money discounts() {
        return Money.of(discountsMinor, currency);
    }

    public Money shipping() {
        return Money.of(shippingMinor, currency);
    }

    public Money commission() {
        return Money.of(commissionMinor, currency);
    }

    public Money fee() {
        return Money.of(feeMinor, currency);
    }

    /** sales - discounts: the commission's base. */
    public Money subtotal() {
        return sales().minus(discounts());
    }

    /** What it earns from the order: subtotal + shipping - commission - fee (§3.8). */
    public Money earned() {
        return subtotal().plus(shipping()).minus(commission()).minus(fee());
    }
}
