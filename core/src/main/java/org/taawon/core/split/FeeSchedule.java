package org.taawon.core.split;

import java.math.RoundingMode;
import java.util.Objects;

import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.AmountOverflowException;
import org.taawon.core.money.Money;
import org.taawon.core.money.Rounding;

/**
 * The processor's fee on each paid order: {@code rhe(T * rate / 10000) + fixed} when the order's
 * total T is above 0, else nothing (SETTLEMENT.md §3.6).
 *
 * @param rate  the percentage part
 * @param fixed the fixed part per order, not negative
 */
public record FeeSchedule(BasisPoints rate, Money fixed) {

    /** A fixed fee above this is refused: it keeps fee arithmetic exact for every order total. */
    public static final long MAX_FIXED_MINOR = Long.MAX_VALUE / 4;

    public FeeSchedule {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(fixed, "fixed");
        if (fixed.isNegative() || fixed.minor() > MAX_FIXED_MINOR) {
            throw new SplitPolicyException("the fixed fee must be 0.." + MAX_FIXED_MINOR + " minor units, not " + fixed.minor());
        }
    }

    public Money feeOn(Money total) {
        total.requireSameCurrency(fixed);
        if (!total.isPositive()) {
            return Money.zero(total.currency());
        }
        return rate.of(total).plus(fixed);
    }

    /** {@link #feeOn} in minor units of the fixed part's currency. */
    long feeOnMinor(long totalMinor) {
        if (totalMinor <= 0) {
            return 0;
        }
        long proportional = Rounding.multiplyDivide(totalMinor, rate.value(), BasisPoints.WHOLE, RoundingMode.HALF_EVEN);
        try {
            return Math.addExact(proportional, fixed.minor());
        } catch (ArithmeticException e) {
            throw new AmountOverflowException("plus", e);
        }
    }
}
