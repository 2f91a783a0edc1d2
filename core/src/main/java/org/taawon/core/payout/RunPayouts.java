package org.taawon.core.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.money.Money;

/**
 * Use case: a payout run at an instant t (SETTLEMENT.md §5). For each cooperative in order of id,
 * available = its payable balance from entries counting at or before t (earlier payouts already
 * taken out); when available >= max(1, payout minimum) it is paid in full, otherwise it carries
 * forward. Each payout is planned (ledger: payable -> in flight) and committed before its rail is
 * called, then settled or returned on the rail's answer.
 *
 * <p>Running the same run id again resumes it: cooperatives already planned are not planned twice,
 * and payouts not yet answered are sent (after a look-up at the rail for those caught mid-send).
 */
public final class RunPayouts {

    private final Cooperatives cooperatives;
    private final LedgerEntries ledger;
    private final Payouts payouts;
    private final PayoutDispatch dispatch;
    private final UnitOfWork unitOfWork;
    private final Currency currency;

    public RunPayouts(Cooperatives cooperatives, LedgerEntries ledger, Payouts payouts, PayoutRail rail,
                      UnitOfWork unitOfWork, Clock clock, Currency currency) {
        this.cooperatives = Objects.requireNonNull(cooperatives, "cooperatives");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.dispatch = new PayoutDispatch(ledger, payouts, rail, unitOfWork, clock);
    }

    public PayoutRunReport run(PayoutRunId id, Instant at) {
        PayoutRun run = unitOfWork.inTransaction(() -> openRun(id, at));
        for (Cooperative cooperative : cooperatives.all()) {
            unitOfWork.inTransaction(() -> plan(run, cooperative));
        }
        for (Payout payout : payouts.forRun(run.id())) {
            if (!payout.state().isFinal() && payout.state() != PayoutState.SENT) {
                sendLeavingFailuresForRecovery(payout);
            }
        }
        return new PayoutRunReport(run, payouts.forRun(run.id()));
    }

    /**
     * A rail that cannot answer (network down, rate limited past its retries) leaves the payout in
     * SENDING: the next run of the same id looks it up at the rail and only then sends it again. The
     * other cooperatives' payouts go on.
     */
    private void sendLeavingFailuresForRecovery(Payout payout) {
        try {
            dispatch.send(payout.id());
        } catch (RuntimeException unanswered) {
            if (payouts.get(payout.id()).state() == PayoutState.PLANNED) {
                throw unanswered;
            }
        }
    }

    private PayoutRun openRun(PayoutRunId id, Instant at) {
        Optional<PayoutRun> existing = payouts.findRun(id);
        if (existing.isPresent()) {
            if (!existing.get().at().equals(at)) {
                throw new PayoutException(PayoutException.DUPLICATE_RUN,
                        "payout run " + id + " exists for " + existing.get().at() + ", not " + at);
            }
            return existing.get();
        }
        PayoutRun run = new PayoutRun(id, at);
        payouts.addRun(run);
        return run;
    }

    private Optional<Payout> plan(PayoutRun run, Cooperative cooperative) {
        PayoutId id = PayoutId.of(run.id(), cooperative.id());
        if (payouts.find(id).isPresent()) {
            return Optional.empty();
        }
        Money available = ledger.balance(Account.payable(cooperative.id()), currency, run.at());
        Money threshold = cooperative.payoutMinimum().max(Money.of(1, currency));
        if (available.isLessThan(threshold)) {
            return Optional.empty();
        }
        Payout payout = Payout.planned(run.id(), cooperative.id(), available, cooperative.payoutDestination(), run.at());
        payouts.add(payout);
        ledger.append(PayoutDispatch.plannedTransaction(payout));
        return Optional.of(payout);
    }
}
