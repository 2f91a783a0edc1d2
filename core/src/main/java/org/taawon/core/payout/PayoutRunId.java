package org.taawon.core.payout;

import org.taawon.core.catalogue.Ids;

/** A payout run's id, given by whoever starts the run (a date-based id makes a daily run idempotent). */
public record PayoutRunId(String value) {

    public PayoutRunId {
        Ids.requireValid(value, "payout run id");
    }

    public static PayoutRunId of(String value) {
        return new PayoutRunId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
