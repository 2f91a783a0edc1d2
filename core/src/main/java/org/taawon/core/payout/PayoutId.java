package org.taawon.core.payout;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Ids;

/**
 * A payout's id: its run and its cooperative, since a run pays a cooperative at most once. Rails
 * derive their idempotency keys and references from it.
 */
public record PayoutId(String value) {

    public PayoutId {
        Ids.requireValid(value, "payout id");
    }

    public static PayoutId of(PayoutRunId run, CooperativeId cooperative) {
        return new PayoutId(run.value() + "/" + cooperative.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
