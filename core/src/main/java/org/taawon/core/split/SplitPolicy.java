package org.taawon.core.split;

import java.time.Duration;
import java.util.Currency;
import java.util.Objects;

import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;

/**
 * The configurable policies of SETTLEMENT.md §2.
 *
 * @param commissionRule    how commission is computed (default: the cooperative's rate, else the platform's)
 * @param fee               the processor's fee schedule
 * @param feeBearer         who bears the fee
 * @param shippingRecipient who is credited shipping
 * @param hold              how long after checkout a cooperative's earnings become payable
 */
public record SplitPolicy(CommissionRule commissionRule, FeeSchedule fee, FeeBearer feeBearer,
                          ShippingRecipient shippingRecipient, Duration hold) {

    public static final BasisPoints DEFAULT_COMMISSION = BasisPoints.of(1000);
    public static final BasisPoints DEFAULT_FEE_RATE = BasisPoints.of(290);
    public static final long DEFAULT_FEE_FIXED_MINOR = 300;
    public static final int DEFAULT_HOLD_DAYS = 7;

    public SplitPolicy {
        Objects.requireNonNull(commissionRule, "commissionRule");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(feeBearer, "feeBearer");
        Objects.requireNonNull(shippingRecipient, "shippingRecipient");
        Objects.requireNonNull(hold, "hold");
        if (hold.isNegative()) {
            throw new SplitPolicyException("the hold must not be negative");
        }
    }

    /** The defaults of SETTLEMENT.md §2 for a currency. */
    public static SplitPolicy defaults(Currency currency) {
        return new SplitPolicy(CommissionRule.cooperativeRateOr(DEFAULT_COMMISSION),
                new FeeSchedule(DEFAULT_FEE_RATE, Money.of(DEFAULT_FEE_FIXED_MINOR, currency)),
                FeeBearer.PLATFORM, ShippingRecipient.COOPERATIVE, Duration.ofDays(DEFAULT_HOLD_DAYS));
    }

    /** A hold of whole days, as the settlement configuration gives it. */
    public static Duration holdDays(long days) {
        if (days < 0 || days > 36_500) {
            throw new SplitPolicyException("holdDays must be 0..36500, not " + days);
        }
        return Duration.ofDays(days);
    }

    public SplitPolicy withCommissionRule(CommissionRule rule) {
        return new SplitPolicy(rule, fee, feeBearer, shippingRecipient, hold);
    }

    public SplitPolicy withFee(FeeSchedule schedule) {
        return new SplitPolicy(commissionRule, schedule, feeBearer, shippingRecipient, hold);
    }

    public SplitPolicy withFeeBearer(FeeBearer bearer) {
        return new SplitPolicy(commissionRule, fee, bearer, shippingRecipient, hold);
    }

    public SplitPolicy withShippingRecipient(ShippingRecipient recipient) {
        return new SplitPolicy(commissionRule, fee, feeBearer, recipient, hold);
    }

    public SplitPolicy withHold(Duration newHold) {
        return new SplitPolicy(commissionRule, fee, feeBearer, shippingRecipient, newHold);
    }
}
