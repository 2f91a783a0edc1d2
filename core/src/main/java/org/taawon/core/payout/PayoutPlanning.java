package org.taawon.core.payout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.ledger.AccountType;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.money.Money;

/**
 * Opens and plans a payout run in the caller's transaction, under the store's lock on runs
 * (SETTLEMENT.md §5): every cooperative's payable balance as of the run's instant is read at once,
 * and each cooperative whose balance reaches max(1, its payout minimum) gets a payout of all of it,
 * moved from payable to "in flight" in the ledger. Planning again plans only cooperatives without a
 * payout in the run, and nothing at all once a later run exists.
 */
final class PayoutPlanning {

    /** What planning did: the run, and how many payouts it planned now. */
    record Planned(PayoutRun run, int planned) {
    }

    private final Cooperatives cooperatives;
    private final LedgerEntries ledger;
    private final Payouts payouts;
    private final Currency currency;

    PayoutPlanning(Cooperatives cooperatives, LedgerEntries ledger, Payouts payouts, Currency currency) {
        this.cooperatives = Objects.requireNonNull(cooperatives, "cooperatives");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * Opens the run (or finds it, refusing another instant with DUPLICATE_RUN) and plans it. A new run
     * earlier than an existing one is refused with OUT_OF_ORDER: it would pay from balances that do
     * not yet subtract the later run's payouts.
     */
    Planned openAndPlan(PayoutRunId id, Instant at) {
        payouts.lockRuns();
        Optional<PayoutRun> existing = payouts.findRun(id);
        PayoutRun run;
        if (existing.isPresent()) {
            run = existing.get();
            if (!run.at().equals(at)) {
                throw new PayoutException(PayoutException.DUPLICATE_RUN,
                        "payout run " + id + " exists for " + run.at() + ", not " + at);
            }
        } else {
            run = new PayoutRun(id, at);
            Optional<PayoutRun> later = laterRun(run);
            if (later.isPresent()) {
                throw new PayoutException(PayoutException.OUT_OF_ORDER,
                        "payout run " + id + " at " + at + " is earlier than run " + later.get().id() + " at " + later.get().at());
            }
            payouts.addRun(run);
        }
        return new Planned(run, laterRun(run).isPresent() ? 0 : plan(run));
    }

    /** Whether the run is open already (read without the lock: a cheap check before taking it). */
    boolean isOpen(PayoutRun run) {
        return payouts.findRun(run.id()).isPresent();
    }

    /**
     * Opens and plans a scheduled run unless it exists or a later run does (a run opened by hand
     * after the schedule's instant): then nothing.
     */
    Optional<Planned> openIfDue(PayoutRun due) {
        payouts.lockRuns();
        if (payouts.findRun(due.id()).isPresent() || laterRun(due).isPresent()) {
            return Optional.empty();
        }
        payouts.addRun(due);
        return Optional.of(new Planned(due, plan(due)));
    }

    private Optional<PayoutRun> laterRun(PayoutRun run) {
        return payouts.runs().stream().filter(r -> r.at().isAfter(run.at())).findFirst();
    }

    private int plan(PayoutRun run) {
        Set<CooperativeId> planned = new HashSet<>();
        for (Payout payout : payouts.forRun(run.id())) {
            planned.add(payout.cooperative());
        }
        Map<String, Money> balances = ledger.balancesOf(AccountType.COOPERATIVE_PAYABLE, currency, run.at());
        Money one = Money.of(1, currency);
        List<Payout> added = new ArrayList<>();
        for (Cooperative cooperative : cooperatives.all()) {
            if (planned.contains(cooperative.id())) {
                continue;
            }
            Money available = balances.getOrDefault(cooperative.id().value(), Money.zero(currency));
            if (available.isLessThan(cooperative.payoutMinimum().max(one))) {
                continue;
            }
            added.add(Payout.planned(run.id(), cooperative.id(), available, cooperative.payoutDestination(), run.at()));
        }
        payouts.addAll(added);
        ledger.appendAll(added.stream().map(PayoutDispatch::plannedTransaction).toList());
        return added.size();
    }
}
