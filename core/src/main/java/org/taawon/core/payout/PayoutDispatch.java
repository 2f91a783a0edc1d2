package org.taawon.core.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.taawon.UnitOfWork;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;

/**
 * Hands claimed payouts to their rail and records the answers. A payout is marked SENDING and
 * committed before its rail is called, and each answer is committed before the next call (a rail
 * taking batches gets one call per batch). A payout found in SENDING (a crash mid-call, a rail that
 * did not answer) is first looked up at the rail and only sent again when the rail has no trace of it.
 * Every change of a payout's state happens under its row lock, so an answer recorded twice (by a
 * worker and by a webhook, say) is applied once.
 */
public final class PayoutDispatch {

    private final LedgerEntries ledger;
    private final Payouts payouts;
    private final PayoutRail rail;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PayoutDispatch(LedgerEntries ledger, Payouts payouts, PayoutRail rail, UnitOfWork unitOfWork, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.rail = Objects.requireNonNull(rail, "rail");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many payouts the rail takes in one step (at least 1). */
    int railBatchSize() {
        return Math.max(1, rail.batchSize());
    }

    /**
     * Sends payouts the worker has claimed (PLANNED or SENDING), in batches of the rail's size, and
     * records what the rail answered. Payouts whose claim lapsed meanwhile are left to whoever took
     * them over; those the rail did not answer rest for the settings' retry delay. The ids of the
     * payouts whose answer was not recorded (unanswered, lost to another worker) are added to {@code left}.
     */
    PayoutProgress sendClaimed(List<Payout> claimed, PayoutSettings settings, Set<PayoutId> left) {
        claimed.forEach(p -> left.add(p.id()));
        PayoutProgress progress = PayoutProgress.NONE;
        Map<PayoutId, PayoutRail.Outcome> known = new LinkedHashMap<>();
        List<Payout> toSend = new ArrayList<>();
        List<PayoutId> unanswered = new ArrayList<>();
        for (Payout payout : claimed) {
            if (payout.state() == PayoutState.SENDING) {
                try {
                    Optional<PayoutRail.Outcome> found = rail.lookUp(payout);
                    if (found.isPresent()) {
                        known.put(payout.id(), found.get());
                    } else {
                        toSend.add(payout);
                    }
                } catch (RuntimeException unreachable) {
                    unanswered.add(payout.id());
                }
            } else if (payout.state() == PayoutState.PLANNED) {
                toSend.add(payout);
            }
        }
        progress = progress.plus(recordAll(known, settings.worker(), left));
        progress = progress.plus(rest(unanswered, settings));
        int size = Math.max(1, rail.batchSize());
        for (int from = 0; from < toSend.size(); from += size) {
            List<Payout> chunk = toSend.subList(from, Math.min(toSend.size(), from + size));
            progress = progress.plus(sendChunk(chunk, settings, left));
        }
        return progress;
    }

    private PayoutProgress sendChunk(List<Payout> chunk, PayoutSettings settings, Set<PayoutId> left) {
        Instant now = clock.instant();
        List<Payout> sending = unitOfWork.inTransaction(() -> {
            List<Payout> held = payouts.lockClaimed(chunk.stream().map(Payout::id).toList(), settings.worker(), now,
                    now.plus(settings.lease()));
            List<Payout> marked = new ArrayList<>(held.size());
            for (Payout payout : held) {
                if (payout.state() == PayoutState.PLANNED) {
                    Payout next = payout.sending();
                    payouts.update(next);
                    marked.add(next);
                } else if (payout.state() == PayoutState.SENDING) {
                    marked.add(payout);
                }
            }
            return marked;
        });
        if (sending.isEmpty()) {
            return PayoutProgress.NONE;
        }
        List<PayoutRail.Outcome> outcomes;
        try {
            outcomes = rail.sendAll(sending);
        } catch (RuntimeException unanswered) {
            return rest(sending.stream().map(Payout::id).toList(), settings);
        }
        if (outcomes.size() != sending.size()) {
            throw new IllegalStateException("the rail answered " + outcomes.size() + " of " + sending.size() + " payouts");
        }
        Map<PayoutId, PayoutRail.Outcome> answers = new LinkedHashMap<>();
        for (int i = 0; i < sending.size(); i++) {
            answers.put(sending.get(i).id(), outcomes.get(i));
        }
        return recordAll(answers, settings.worker(), left);
    }

    private PayoutProgress recordAll(Map<PayoutId, PayoutRail.Outcome> answers, WorkerId worker, Set<PayoutId> left) {
        if (answers.isEmpty()) {
            return PayoutProgress.NONE;
        }
        PayoutProgress recorded = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            int sent = 0;
            int paid = 0;
            int failed = 0;
            List<LedgerTransaction> movements = new ArrayList<>();
            for (Payout payout : payouts.lock(answers.keySet())) {
                PayoutRail.Outcome outcome = answers.get(payout.id());
                Payout next = apply(payout, outcome, now, movements);
                if (next != payout) {
                    switch (next.state()) {
                        case SENT -> sent++;
                        case PAID -> paid++;
                        case FAILED -> failed++;
                        default -> throw new IllegalStateException("payout " + payout.id() + " recorded as " + next.state());
                    }
                }
            }
            ledger.appendAll(movements);
            payouts.release(answers.keySet(), worker, Optional.empty());
            return new PayoutProgress(0, sent, paid, failed, 0);
        });
        left.removeAll(answers.keySet());
        return recorded;
    }

    private PayoutProgress rest(List<PayoutId> unanswered, PayoutSettings settings) {
        if (unanswered.isEmpty()) {
            return PayoutProgress.NONE;
        }
        Instant until = clock.instant().plus(settings.retryDelay());
        unitOfWork.inTransaction(() -> {
            payouts.release(unanswered, settings.worker(), Optional.of(until));
            return null;
        });
        return new PayoutProgress(0, 0, 0, 0, unanswered.size());
    }

    /** Records a rail's answer (also the later confirmation of a SENT payout, such as a bank return file). */
    public Payout record(PayoutId id, PayoutRail.Outcome outcome) {
        return unitOfWork.inTransaction(() -> {
            List<LedgerTransaction> movements = new ArrayList<>(1);
            Payout next = apply(locked(id), outcome, clock.instant(), movements);
            ledger.appendAll(movements);
            return next;
        });
    }

    /**
     * Applies an answer to a locked payout; a final payout and a repeated SENT stay as they are
     * (returned as given). The ledger movement it calls for is added to {@code movements}, which the
     * caller appends in the same transaction (an answer for a whole batch in one write).
     */
    private Payout apply(Payout payout, PayoutRail.Outcome outcome, Instant now, List<LedgerTransaction> movements) {
        if (payout.state().isFinal() || outcome.status() == PayoutState.SENT && payout.state() == PayoutState.SENT) {
            return payout;
        }
        PayoutId id = payout.id();
        Payout next;
        switch (outcome.status()) {
            case PAID -> {
                next = payout.paid(outcome.reference());
                movements.add(LedgerTransaction.builder(TransactionId.of("payout-paid:" + id.value()), now)
                        .move(Account.inFlight(payout.cooperative()), Account.paid(payout.cooperative()),
                                EntryKind.PAYOUT_SETTLED, payout.amount(), now)
                        .build());
            }
            case SENT -> next = payout.sent(outcome.reference());
            default -> {
                next = payout.failed(outcome.reference());
                movements.add(LedgerTransaction.builder(TransactionId.of("payout-returned:" + id.value()), now)
                        .move(Account.inFlight(payout.cooperative()), Account.payable(payout.cooperative()),
                                EntryKind.PAYOUT_RETURNED, payout.amount(), now)
                        .build());
            }
        }
        payouts.update(next);
        return next;
    }

    /**
     * A payout that was PAID came back (its transfer reversed): it becomes FAILED and its money moves
     * from paid back to the cooperative's payable. A payout not yet final is simply recorded as failed;
     * one already failed is left as it is.
     */
    public Payout reverse(PayoutId id, String reason) {
        return unitOfWork.inTransaction(() -> {
            Payout payout = locked(id);
            if (payout.state() != PayoutState.PAID) {
                List<LedgerTransaction> movements = new ArrayList<>(1);
                Payout next = apply(payout, PayoutRail.Outcome.failed(reason), clock.instant(), movements);
                ledger.appendAll(movements);
                return next;
            }
            Instant now = clock.instant();
            Payout next = payout.reversed(reason);
            ledger.append(LedgerTransaction.builder(TransactionId.of("payout-reversed:" + id.value()), now)
                    .move(Account.paid(payout.cooperative()), Account.payable(payout.cooperative()),
                            EntryKind.PAYOUT_RETURNED, payout.amount(), now)
                    .build());
            payouts.update(next);
            return next;
        });
    }

    private Payout locked(PayoutId id) {
        List<Payout> found = payouts.lock(List.of(id));
        if (found.isEmpty()) {
            throw new PayoutException(PayoutException.UNKNOWN_PAYOUT, "no payout " + id);
        }
        return found.get(0);
    }

    /** The ledger transaction of a planned payout: from the cooperative's payable to payouts in flight. */
    static LedgerTransaction plannedTransaction(Payout payout) {
        return LedgerTransaction.builder(TransactionId.of("payout:" + payout.id().value()), payout.plannedAt())
                .add(Account.payable(payout.cooperative()), EntryKind.PAYOUT, payout.amount().negate(), payout.plannedAt())
                .add(Account.inFlight(payout.cooperative()), EntryKind.PAYOUT, payout.amount(), payout.plannedAt())
                .build();
    }
}
