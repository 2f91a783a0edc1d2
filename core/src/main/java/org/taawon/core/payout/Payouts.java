package org.taawon.core.payout;

import java.time.Instant;
import java.util.Collection;
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

    /** Records new payouts (one run's planning), all or none. */
    default void addAll(List<Payout> planned) {
        planned.forEach(this::add);
    }

    /**
     * Takes the store's lock on opening and planning payout runs, held to the end of the current
     * transaction: instances planning at the same moment queue behind it instead of racing to insert
     * the same run or payout. In a store without transactions, nothing.
     */
    void lockRuns();

    /**
     * Locks the payouts (to the end of the current transaction) and returns them in order of id;
     * unknown ids are left out. Every change of a payout's state happens under this lock.
     */
    List<Payout> lock(Collection<PayoutId> ids);

    /**
     * Claims up to {@code max} payouts due to be sent: PLANNED ones, and SENDING ones, whose claim is
     * free, lapsed at {@code now}, or the worker's own. Rows another transaction holds are skipped,
     * not waited for ({@code FOR UPDATE SKIP LOCKED}). PLANNED ones come first, each state in the
     * order planned. The claims hold until {@code leaseUntil}.
     *
     * @param run  only this run's payouts, or any run's
     * @param skip payouts not to claim (those the worker already tried in this pass)
     */
    List<Payout> claim(WorkerId worker, Optional<PayoutRunId> run, Instant now, Instant leaseUntil, int max,
                       Collection<PayoutId> skip);

    /**
     * Locks the payouts and returns those the worker still holds at {@code now}, in order of id,
     * their claims extended to {@code leaseUntil}. A payout whose lease ran out may have been taken
     * over: it is not returned.
     */
    List<Payout> lockClaimed(Collection<PayoutId> ids, WorkerId worker, Instant now, Instant leaseUntil);

    /**
     * Gives up the worker's claims on the payouts. With {@code restUntil}, no worker (this one
     * included) claims them before that instant.
     */
    void release(Collection<PayoutId> ids, WorkerId worker, Optional<Instant> restUntil);

    default Payout get(PayoutId id) {
        return find(id).orElseThrow(() -> new PayoutException(PayoutException.UNKNOWN_PAYOUT, "no payout " + id));
    }
}
