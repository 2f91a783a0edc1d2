package org.taawon.core.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.ledger.LedgerEntries;

/**
 * Use case: a payout run at an instant t (SETTLEMENT.md §5). For each cooperative, available = its
 * payable balance from entries counting at or before t (earlier payouts already taken out); when
 * available >= max(1, payout minimum) it is paid in full, otherwise it carries forward. The run and
 * all its payouts are planned in one transaction (ledger: payable -> in flight) under the store's
 * lock on runs; then the run's payouts are claimed and handed to the rail, each marked SENDING and
 * committed before its rail is called, and settled or returned on the rail's answer.
 *
 * <p>Running the same run id again resumes it: cooperatives already planned are not planned twice,
 * and payouts not yet answered are sent (after a look-up at the rail for those caught mid-send).
 * Several instances may run the same run at once: each takes the payouts it claims. A new run
 * earlier than an existing one is refused ({@link PayoutException#OUT_OF_ORDER}), and a resumed run
 * behind a later one plans nothing new: either would pay from a balance that does not yet subtract
 * the later run's payouts. Hosts that run payouts on a schedule use {@link RunDuePayouts}.
 */
public final class RunPayouts {

    private final Payouts payouts;
    private final UnitOfWork unitOfWork;
    private final PayoutPlanning planning;
    private final PayoutDrain drain;

    /**
     * With {@link PayoutSettings#of default settings} for a worker unique to this instance, but no
     * rest after an unanswered call: running a run again is someone asking for it now.
     */
    public RunPayouts(Cooperatives cooperatives, LedgerEntries ledger, Payouts payouts, PayoutRail rail,
                      UnitOfWork unitOfWork, Clock clock, Currency currency) {
        this(cooperatives, ledger, payouts, rail, unitOfWork, clock, currency,
                PayoutSettings.of(WorkerId.ofThisProcess()).withRetryDelay(java.time.Duration.ZERO));
    }

    public RunPayouts(Cooperatives cooperatives, LedgerEntries ledger, Payouts payouts, PayoutRail rail,
                      UnitOfWork unitOfWork, Clock clock, Currency currency, PayoutSettings settings) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.planning = new PayoutPlanning(cooperatives, ledger, payouts, currency);
        this.drain = new PayoutDrain(payouts, new PayoutDispatch(ledger, payouts, rail, unitOfWork, clock), unitOfWork,
                clock, settings);
    }

    public PayoutRunReport run(PayoutRunId id, Instant at) {
        return run(id, at, PayoutProgress.Listener.NONE);
    }

    /** The same, telling the listener how far it got after planning and after each claim's payouts. */
    public PayoutRunReport run(PayoutRunId id, Instant at, PayoutProgress.Listener listener) {
        Objects.requireNonNull(listener, "listener");
        PayoutPlanning.Planned planned = unitOfWork.inTransaction(() -> planning.openAndPlan(id, at));
        PayoutProgress progress = new PayoutProgress(planned.planned(), 0, 0, 0, 0);
        listener.progressed(progress);
        drain.drain(Optional.of(id), progress, listener);
        return new PayoutRunReport(planned.run(), payouts.forRun(id));
    }
}
