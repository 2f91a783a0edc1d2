package org.taawon.core.payout;

import java.util.List;
import java.util.Objects;

/**
 * What a run did: its payouts as they stand after it, and counts for progress displays.
 *
 * @param run     the run
 * @param payouts its payouts, in order of cooperative id
 */
public record PayoutRunReport(PayoutRun run, List<Payout> payouts) {

    public PayoutRunReport {
        Objects.requireNonNull(run, "run");
        payouts = List.copyOf(payouts);
    }

    public long count(PayoutState state) {
        return payouts.stream().filter(p -> p.state() == state).count();
    }

    /** Planned or being sent: not yet answered by their rail. */
    public long pending() {
        return count(PayoutState.PLANNED) + count(PayoutState.SENDING);
    }
}
