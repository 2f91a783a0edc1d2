package org.taawon.core.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;

/**
 * Hands one payout to its rail and records the answer. The payout is marked SENDING and committed
 * before the rail is called; a payout found in SENDING (a crash mid-call) is first looked up at the
 * rail and only sent again when the rail has no trace of it.
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

    /** Sends a PLANNED or SENDING payout; returns it as it stands afterwards. */
    public Payout send(PayoutId id) {
        Payout current = payouts.get(id);
        if (current.state() == PayoutState.SENDING) {
            Optional<PayoutRail.Outcome> known = rail.lookUp(current);
            if (known.isPresent()) {
                return record(id, known.get());
            }
        } else if (current.state() != PayoutState.PLANNED) {
            return current;
        } else {
            current = unitOfWork.inTransaction(() -> {
                Payout sending = payouts.get(id).sending();
                payouts.update(sending);
                return sending;
            });
        }
        return record(id, rail.send(current));
    }

    /** Records a rail's answer (also the later confirmation of a SENT payout, such as a bank return file). */
    public Payout record(PayoutId id, PayoutRail.Outcome outcome) {
        return unitOfWork.inTransaction(() -> {
            Payout payout = payouts.get(id);
            if (payout.state().isFinal()) {
                return payout;
            }
            Instant now = clock.instant();
            Payout next;
            switch (outcome.status()) {
                case PAID -> {
                    next = payout.paid(outcome.reference());
                    ledger.append(LedgerTransaction.builder(TransactionId.of("payout-paid:" + id.value()), now)
                            .move(Account.inFlight(payout.cooperative()), Account.paid(payout.cooperative()),
                                    EntryKind.PAYOUT_SETTLED, payout.amount(), now)
                            .build());
                }
                case SENT -> next = payout.state() == PayoutState.SENT ? payout : payout.sent(outcome.reference());
                default -> {
                    next = payout.failed(outcome.reference());
                    ledger.append(LedgerTransaction.builder(TransactionId.of("payout-returned:" + id.value()), now)
                            .move(Account.inFlight(payout.cooperative()), Account.payable(payout.cooperative()),
                                    EntryKind.PAYOUT_RETURNED, payout.amount(), now)
                            .build());
                }
            }
            payouts.update(next);
            return next;
        });
    }

    /**
     * A payout that was PAID came back (its transfer reversed): it becomes FAILED and its money moves
     * from paid back to the cooperative's payable. A payout not yet final is simply recorded as failed;
     * one already failed is left as it is.
     */
    public Payout reverse(PayoutId id, String reason) {
        Payout current = payouts.get(id);
        if (current.state() != PayoutState.PAID) {
            return record(id, PayoutRail.Outcome.failed(reason));
        }
        return unitOfWork.inTransaction(() -> {
            Payout payout = payouts.get(id);
            if (payout.state() != PayoutState.PAID) {
                return payout;
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

    /** The ledger transaction of a planned payout: from the cooperative's payable to payouts in flight. */
    static LedgerTransaction plannedTransaction(Payout payout) {
        return LedgerTransaction.builder(TransactionId.of("payout:" + payout.id().value()), payout.plannedAt())
                .add(Account.payable(payout.cooperative()), EntryKind.PAYOUT, payout.amount().negate(), payout.plannedAt())
                .add(Account.inFlight(payout.cooperative()), EntryKind.PAYOUT, payout.amount(), payout.plannedAt())
                .build();
    }
}
