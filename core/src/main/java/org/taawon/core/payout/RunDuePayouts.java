package org.taawon.core.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.money.TaawonException;

/**
 * Use case for hosts: runs the payouts that are due, safe to call from a cron job, Quartz or
 * Spring's {@code @Scheduled} on every instance at once. One call opens and plans the schedule's
 * latest run if it is not open yet (the instances queue on the store's lock on runs, so it is planned
 * once; one that times out waiting leaves it to the planner), then claims and sends every due payout of any run: PLANNED ones, and those left SENDING by a
 * crashed instance once their lease ran out (after looking them up at the rail), until none is left.
 * Each instance sends only what it claimed; claims are row locks taken with SKIP LOCKED, so instances
 * share the work instead of waiting on each other.
 */
public final class RunDuePayouts {

    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PayoutSchedule schedule;
    private final PayoutPlanning planning;
    private final PayoutDrain drain;

    public RunDuePayouts(Cooperatives cooperatives, LedgerEntries ledger, Payouts payouts, PayoutRail rail,
                         UnitOfWork unitOfWork, Clock clock, Currency currency, PayoutSchedule schedule,
                         PayoutSettings settings) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.planning = new PayoutPlanning(cooperatives, ledger, payouts, currency);
        this.drain = new PayoutDrain(payouts, new PayoutDispatch(ledger, payouts, rail, unitOfWork, clock), unitOfWork,
                clock, settings);
    }

    public PayoutProgress run() {
        return run(PayoutProgress.Listener.NONE);
    }

    /** The same, telling the listener how far it got after planning and after each claim's payouts. */
    public PayoutProgress run(PayoutProgress.Listener listener) {
        Objects.requireNonNull(listener, "listener");
        Instant now = clock.instant();
        PayoutProgress progress = PayoutProgress.NONE;
        Optional<PayoutRun> due = schedule.latestDue(now);
        if (due.isPresent() && !planning.isOpen(due.get())) {
            try {
                Optional<PayoutPlanning.Planned> planned = unitOfWork.inTransaction(() -> planning.openIfDue(due.get()));
                if (planned.isPresent()) {
                    progress = new PayoutProgress(planned.get().planned(), 0, 0, 0, 0);
                    listener.progressed(progress);
                }
            } catch (TaawonException conflict) {
                if (!UnitOfWork.CONFLICT.equals(conflict.reason())) {
                    throw conflict;
                }
                // Another instance is planning the run and its lock outlasted the store's lock wait:
                // its payouts are sent by whoever claims them once it commits.
            }
        }
        return drain.drain(Optional.empty(), progress, listener);
    }
}
