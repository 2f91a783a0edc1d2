package org.taawon.core.split;

import java.math.RoundingMode;
import java.util.Objects;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.money.Rounding;

/**
 * The default commission rule: the cooperative's own rate, else the platform's, of the subtotal,
 * rounded half-even. It needs neither the order nor its lines, so the split asks it in minor units
 * ({@link #commissionMinor}) and builds no {@link CommissionRule.Basis} for it.
 */
final class CooperativeRateOr implements CommissionRule {

    private final BasisPoints platformDefault;

    CooperativeRateOr(BasisPoints platformDefault) {
        this.platformDefault = Objects.requireNonNull(platformDefault, "platformDefault");
    }

    @Override
    public Money commission(Basis basis) {
        return Money.of(commissionMinor(basis.cooperative(), basis.subtotal().minor()), basis.subtotal().currency());
    }

    long commissionMinor(Cooperative cooperative, long subtotalMinor) {
        int bps = cooperative.commissionRate().orElse(platformDefault).value();
        return Rounding.multiplyDivide(subtotalMinor, bps, BasisPoints.WHOLE, RoundingMode.HALF_EVEN);
    }

    @Override
    public String toString() {
        return "cooperative rate, else " + platformDefault;
    }
}
