package org.taawon.core.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;

/** A rail that cannot answer leaves its payout SENDING; the run goes on, and running it again recovers it once. */
class UnansweredRailTest {

    private static final Currency MAD = Currency.getInstance("MAD");
    private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    private final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    private final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    private final InMemoryPayouts payouts = new InMemoryPayouts();

    /** Fails its first call for coop-a (after the transfer may or may not have been made), then behaves. */
    private static final class FlakyRail implements PayoutRail {
        final List<PayoutId> sent = new ArrayList<>();
        boolean failNext = true;

        @Override
        public Outcome send(Payout payout) {
            if (payout.cooperative().value().equals("coop-a") && failNext) {
                failNext = false;
                sent.add(payout.id());
                throw new IllegalStateException("connection reset");
            }
            sent.add(payout.id());
            return Outcome.paid("tr_" + payout.id());
        }

        @Override
        public Optional<Outcome> lookUp(Payout payout) {
            return sent.contains(payout.id()) ? Optional.of(Outcome.paid("tr_" + payout.id())) : Optional.empty();
        }
    }

    @Test
    void an_unanswered_payout_stays_sending_and_is_looked_up_not_sent_again() {
        for (String id : List.of("coop-a", "coop-b")) {
            cooperatives.save(Cooperative.of(CooperativeId.of(id), id, CooperativeKind.WOMEN, "Souss-Massa", MAD));
            ledger.append(LedgerTransaction.builder(TransactionId.of("seed:" + id), AT)
                    .move(Account.CUSTOMERS, Account.payable(CooperativeId.of(id)), EntryKind.SALE, Money.of(5000, MAD), AT)
                    .build());
        }
        FlakyRail rail = new FlakyRail();
        RunPayouts run = new RunPayouts(cooperatives, ledger, payouts, rail, UnitOfWork.DIRECT,
                Clock.fixed(AT, ZoneOffset.UTC), MAD);

        PayoutRunReport first = run.run(PayoutRunId.of("r1"), AT);
        assertThat(first.count(PayoutState.SENDING)).isEqualTo(1);
        assertThat(first.count(PayoutState.PAID)).isEqualTo(1);

        PayoutRunReport again = run.run(PayoutRunId.of("r1"), AT);
        assertThat(again.count(PayoutState.PAID)).isEqualTo(2);
        assertThat(rail.sent).containsExactly(PayoutId.of(PayoutRunId.of("r1"), CooperativeId.of("coop-a")),
                PayoutId.of(PayoutRunId.of("r1"), CooperativeId.of("coop-b")));
        assertThat(ledger.balance(Account.paid(CooperativeId.of("coop-a")), MAD)).isEqualTo(Money.of(5000, MAD));
        assertThat(TrialBalance.of(ledger, MAD).isZero()).isTrue();
    }
}
