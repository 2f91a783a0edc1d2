package org.taawon.core.split;

import java.util.List;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * What a refund takes back from whom (SETTLEMENT.md §4): the customer gets {@code refunded}; each
 * cooperative loses its refunded amount and gets back the reversed commission, which the platform
 * loses. The processor keeps its fee.
 *
 * @param shares per cooperative whose lines were refunded, in order of first appearance in the refund
 */
public record RefundSplit(List<Share> shares) {

    public RefundSplit {
        shares = List.copyOf(shares);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a refund split has at least one cooperative");
        }
    }

    /** Total returned to the customer. */
    public Money refunded() {
        Money sum = Money.zero(shares.get(0).refunded().currency());
        for (Share share : shares) {
            sum = sum.plus(share.refunded());
        }
        return sum;
    }

    public Money commissionReversed() {
        Money sum = Money.zero(shares.get(0).refunded().currency());
        for (Share share : shares) {
            sum = sum.plus(share.commissionReversed());
        }
        return sum;
    }

    /**
     * @param cooperative        the cooperative
     * @param refunded           amount refunded on its lines
     * @param commissionReversed commission given back to it
     */
    public record Share(CooperativeId cooperative, Money refunded, Money commissionReversed) {
        public Share {
            Objects.requireNonNull(cooperative, "cooperative");
            Objects.requireNonNull(refunded, "refunded");
            Objects.requireNonNull(commissionReversed, "commissionReversed");
        }
    }
}
