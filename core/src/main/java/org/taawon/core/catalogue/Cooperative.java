package org.taawon.core.catalogue;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;

/**
 * A cooperative that sells through the platform.
 *
 * @param id                 its id
 * @param name               its display name
 * @param kind               women's, youth, mixed or other
 * @param region             where it works (for example Souss-Massa), may be empty
 * @param commissionRate     its own platform commission, or empty for the platform default
 * @param payoutMinimum      the smallest payout it wants (a run pays nothing below it)
 * @param payoutDestination  where its payouts go
 */
public record Cooperative(
        CooperativeId id,
        String name,
        CooperativeKind kind,
        String region,
        Optional<BasisPoints> commissionRate,
        Money payoutMinimum,
        PayoutDestination payoutDestination) {

    public Cooperative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(commissionRate, "commissionRate");
        Objects.requireNonNull(payoutMinimum, "payoutMinimum");
        Objects.requireNonNull(payoutDestination, "payoutDestination");
        if (payoutMinimum.isNegative()) {
            throw new CatalogueException(CatalogueException.INVALID_PAYOUT_MINIMUM,
                    "payout minimum of " + id + " must not be negative");
        }
    }

    /** A cooperative with the platform's default commission, no payout minimum and no destination yet. */
    public static Cooperative of(CooperativeId id, String name, CooperativeKind kind, String region, Currency currency) {
        return new Cooperative(id, name, kind, region, Optional.empty(), Money.zero(currency), PayoutDestination.none());
    }

    public Cooperative withCommissionRate(BasisPoints rate) {
        return new Cooperative(id, name, kind, region, Optional.of(rate), payoutMinimum, payoutDestination);
    }

    public Cooperative withPayoutMinimum(Money minimum) {
        return new Cooperative(id, name, kind, region, commissionRate, minimum, payoutDestination);
    }

    public Cooperative withPayoutDestination(PayoutDestination destination) {
        return new Cooperative(id, name, kind, region, commissionRate, payoutMinimum, destination);
    }
}
