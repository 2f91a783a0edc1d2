package org.taawon.core.payout;

import java.util.List;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;

/** Repository port: payout runs and their payouts. */
public interface Payouts {

    /** Records a new run; an existing id is refused with {@link PayoutException#DUPLICATE_RUN}. */
    void addRun(PayoutRun run);

    Optional<PayoutRun> findRun(PayoutRunId id);

    /** Every run, in order of their instant, then in the order they were added. */
    List<PayoutRun> runs();

    /** Records a new payout; one per run and cooperative. */
    void add(Payout payout);

    /** Stores a payout's new state. */
    void update(Payout payout);

    Optional<Payout> find(PayoutId id);

    /** The run's payouts, in order of cooperative id. */
    List<Payout> forRun(PayoutRunId run);

    /** The cooperative's payouts, in run order (by the run's instant, then in the order they were planned). */
    List<Payout> forCooperative(CooperativeId cooperative);

    /** Payouts in a state, oldest first (recovery picks up SENDING ones). */
    List<Payout> inState(PayoutState state);

    default Payout get(PayoutId id) {
        return find(id).orElseThrow(() -> new PayoutException(PayoutException.UNKNOWN_PAYOUT, "no payout " + id));
    }
}
