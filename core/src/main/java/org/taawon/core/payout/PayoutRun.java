package org.taawon.core.payout;

import java.time.Instant;
import java.util.Objects;

/**
 * A payout run: the instant whose available balances it pays.
 *
 * @param id its id
 * @param at the instant balances are taken at
 */
public record PayoutRun(PayoutRunId id, Instant at) {
    public PayoutRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }
}
