package org.taawon.persistence.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutSettings;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.payout.WorkerId;
import org.taawon.persistence.Fixtures;
import org.taawon.persistence.JdbcSpy;
import org.taawon.persistence.TaawonStore;
import org.taawon.persistence.TestDatabase;

/**
 * A database fault (the connection drops) at every statement of a payout run in turn: whatever
 * statement fails, its transaction leaves nothing behind (every ledger transaction balances, every
 * payout's state matches its postings, the trial balance is zero), and running the run again
 * finishes it with each payout sent to the rail once.
 */
class PayoutDatabaseFaultTest {

    private static final PayoutRunId RUN = PayoutRunId.of("2026-03-09");
    private static final Instant AT = Instant.parse("2026-03-09T02:00:00Z");
    private static final int COOPERATIVES = 4;

    /** One call per payout, as Stripe; remembers what it paid, so a look-up finds it. */
    private static final class CountingRail implements PayoutRail {
        final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();

        @Override
        public Outcome send(Payout payout) {
            sends.computeIfAbsent(payout.id().value(), id -> new AtomicInteger()).incrementAndGet();
            return Outcome.paid("tr_" + payout.id().value());
        }

        @Override
        public Optional<Outcome> lookUp(Payout payout) {
            return sends.containsKey(payout.id().value()) ? Optional.of(Outcome.paid("tr_" + payout.id().value())) : Optional.empty();
        }
    }

    private enum RailKind { ONE_CALL_PER_PAYOUT, BATCH }

    private static JdbcSpy.Spied open(TestDatabase database) {
        String url = database.freshJdbcUrl();
        return JdbcSpy.store(url, database.user() != null ? database.user() : "sa",
                database.password() != null ? database.password() : "", 2);
    }

    /** Clears the store's tables and owes each cooperative a sale. */
    private static JdbcSpy.Spied seeded(JdbcSpy.Spied spied) {
        TaawonStore store = spied.store();
        store.clear();
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < COOPERATIVES; i++) {
                CooperativeId id = CooperativeId.of("coop-" + i);
                store.cooperatives().save(Cooperative.of(id, "Coopérative " + i, CooperativeKind.YOUTH, "Souss-Massa", Fixtures.MAD));
                store.ledger().append(Fixtures.sale("sale:o-" + i, id, 10_000 + 1_000L * i, Fixtures.T0));
            }
            return null;
        });
        return spied;
    }

    private static RunPayouts runPayouts(TaawonStore store, PayoutRail rail) {
        return new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), rail, store.unitOfWork(),
                Clock.fixed(AT, ZoneOffset.UTC), Fixtures.MAD,
                PayoutSettings.of(WorkerId.of("faulty")).withRetryDelay(java.time.Duration.ZERO).withClaimBatch(2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void a_fault_at_any_statement_of_a_payout_run_leaves_no_partial_postings(TestDatabase database) throws Exception {
        database.assumeReachable();
        try (JdbcSpy.Spied spied = open(database)) {
            for (RailKind kind : RailKind.values()) {
                sweep(database, spied, kind);
            }
        }
    }

    private static void sweep(TestDatabase database, JdbcSpy.Spied spied, RailKind kind) throws SQLException {
        long statements;
        seeded(spied);
        long before = spied.spy().statements();
        runPayouts(spied.store(), kind == RailKind.BATCH ? new InMemoryPayoutRail() : new CountingRail()).run(RUN, AT);
        statements = spied.spy().statements() - before;
        int faults = 0;
        for (long n = 1; n <= statements; n++) {
            seeded(spied);
            TaawonStore store = spied.store();
            CountingRail counting = new CountingRail();
            InMemoryPayoutRail batch = new InMemoryPayoutRail();
            PayoutRail rail = kind == RailKind.BATCH ? batch : counting;
            spied.spy().failStatement(n);
            boolean failed = false;
            try {
                runPayouts(store, rail).run(RUN, AT);
            } catch (RuntimeException fault) {
                failed = true;
            }
            spied.spy().disarm();
            String where = kind + ", fault at statement " + n + " of " + statements;
            assertConsistent(spied, store, where);
            faults += failed ? 1 : 0;

            List<Payout> done = runPayouts(store, rail).run(RUN, AT).payouts();
            assertThat(done).as(where).hasSize(COOPERATIVES).allMatch(p -> p.state() == PayoutState.PAID);
            if (kind == RailKind.ONE_CALL_PER_PAYOUT) {
                assertThat(counting.sends.values()).as(where + ": each payout sent once")
                        .hasSize(COOPERATIVES).allMatch(c -> c.get() == 1);
            } else {
                assertThat(batch.paid()).as(where).hasSize(COOPERATIVES);
            }
            assertConsistent(spied, store, where + ", after the rerun");
            for (int i = 0; i < COOPERATIVES; i++) {
                CooperativeId id = CooperativeId.of("coop-" + i);
                assertThat(store.ledger().balance(Account.payable(id), Fixtures.MAD)).isEqualTo(Money.zero(Fixtures.MAD));
                assertThat(store.ledger().balance(Account.inFlight(id), Fixtures.MAD)).isEqualTo(Money.zero(Fixtures.MAD));
            }
        }
        System.out.println("PayoutDatabaseFaultTest " + database + " " + kind + ": " + statements + " statements, "
                + faults + " faults surfaced, all consistent");
        assertThat(faults).as("the faults reached the run").isPositive();
    }

    /** Nothing half-applied: balanced transactions, and each payout's postings exactly those of its state. */
    private static void assertConsistent(JdbcSpy.Spied spied, TaawonStore store, String where) throws SQLException {
        try (Connection c = spied.pool().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT transaction_pk, SUM(amount_minor) FROM taawon_ledger_entry"
                     + " GROUP BY transaction_pk HAVING SUM(amount_minor) <> 0")) {
            assertThat(rows.next()).as(where + ": an unbalanced ledger transaction").isFalse();
        }
        assertThat(TrialBalance.of(store.ledger(), Fixtures.MAD).isZero()).as(where).isTrue();
        Map<String, Payout> payouts = new HashMap<>();
        store.payouts().forRun(RUN).forEach(p -> payouts.put(p.id().value(), p));
        for (int i = 0; i < COOPERATIVES; i++) {
            String id = RUN.value() + "/coop-" + i;
            Payout payout = payouts.get(id);
            boolean planned = store.ledger().contains(TransactionId.of("payout:" + id));
            boolean paid = store.ledger().contains(TransactionId.of("payout-paid:" + id));
            boolean returned = store.ledger().contains(TransactionId.of("payout-returned:" + id));
            assertThat(planned).as(where + ": " + id + " planned in the ledger iff it exists").isEqualTo(payout != null);
            assertThat(paid).as(where + ": " + id + " settled iff PAID").isEqualTo(payout != null && payout.state() == PayoutState.PAID);
            assertThat(returned).as(where + ": " + id + " returned iff FAILED").isEqualTo(payout != null && payout.state() == PayoutState.FAILED);
        }
        assertThat(payouts.isEmpty() || store.payouts().findRun(RUN).isPresent()).as(where).isTrue();
        assertThat(Set.copyOf(payouts.keySet())).hasSizeLessThanOrEqualTo(COOPERATIVES);
    }
}
