package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.RunPayouts;
import org.taawon.persistence.support.TaawonSchema;

/** Opening, reopening, sharing and clearing a store, and a payout run that commits cooperative by cooperative. */
class TaawonStoreTest {

    @Test
    void a_file_database_keeps_its_data_across_stores_and_is_migrated_once(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("shop").toAbsolutePath();
        try (TaawonStore store = TaawonStore.builder().jdbcUrl(url).user("sa").build()) {
            assertThat(store.isEmpty()).isTrue();
            store.cooperatives().save(Fixtures.argan());
        }

        try (TaawonStore reopened = TaawonStore.builder().jdbcUrl(url).user("sa").build()) {
            assertThat(reopened.cooperatives().all()).containsExactly(Fixtures.argan());
            assertThat(reopened.isEmpty()).isFalse();
            assertThat(TaawonSchema.migrate(reopened.dataSource())).isZero();
        }
    }

    @Test
    void a_store_on_the_caller_s_data_source_leaves_it_open_when_closed() throws SQLException {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:caller-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            try (TaawonStore store = TaawonStore.builder().dataSource(pool).build()) {
                store.cooperatives().save(Fixtures.rugs());
            }

            assertThat(pool.isClosed()).isFalse();
            assertThat(count(pool, "SELECT COUNT(*) FROM taawon_cooperative")).isEqualTo(1);
        }
    }

    @Test
    void a_database_holding_a_host_s_tables_gets_taawon_s_beside_them_and_clearing_leaves_the_host_s_alone() throws SQLException {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:host-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE shop_customer (id INT PRIMARY KEY, name VARCHAR(50))");
                s.execute("INSERT INTO shop_customer VALUES (1, 'Fatima')");
            }
            try (TaawonStore store = TaawonStore.builder().dataSource(pool).build()) {
                store.cooperatives().save(Fixtures.argan());

                store.clear();

                assertThat(store.isEmpty()).isTrue();
            }
            assertThat(count(pool, "SELECT COUNT(*) FROM shop_customer")).isEqualTo(1);
        }
    }

    @Test
    void a_store_needs_a_url_or_a_data_source_not_both() {
        assertThatThrownBy(() -> TaawonStore.builder().jdbcUrl("jdbc:h2:mem:x").dataSource(new HikariDataSource()).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_payout_run_plans_all_or_nothing_and_resumes_after_a_failure() {
        TaawonStore store = TestDatabase.H2.store();
        store.clear();
        Currency mad = Fixtures.MAD;
        Shop shop = new Shop(store);
        shop.cooperatives(2);
        for (int i = 0; i < 2; i++) {
            store.ledger().append(Fixtures.sale("sale:o-" + i, CooperativeId.of("coop-" + i), 10000, Fixtures.T0));
        }
        Instant at = Fixtures.T0.plus(Duration.ofDays(8));
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        PayoutRunId runId = PayoutRunId.of("2026-03-09");
        LedgerEntries failingForCoop1 = new FailingLedger(store.ledger(), "payout:2026-03-09/coop-1");

        assertThatThrownBy(() -> new RunPayouts(store.cooperatives(), failingForCoop1, store.payouts(), new InMemoryPayoutRail(),
                store.unitOfWork(), clock, mad).run(runId, at)).isInstanceOf(Shop.InjectedFailure.class);

        assertThat(store.payouts().findRun(runId)).as("the run's planning is one transaction").isEmpty();
        assertThat(store.payouts().forRun(runId)).isEmpty();
        assertThat(store.ledger().contains(TransactionId.of("payout:2026-03-09/coop-0"))).isFalse();

        new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), new InMemoryPayoutRail(), store.unitOfWork(),
                clock, mad).run(runId, at);

        assertThat(store.payouts().forRun(runId)).extracting(p -> p.state()).containsExactly(PayoutState.PAID, PayoutState.PAID);
        assertThat(store.payouts().get(PayoutId.of(runId, CooperativeId.of("coop-0"))).amount()).isEqualTo(Money.of(9000, mad));
        assertThat(store.ledger().balance(Account.payable(CooperativeId.of("coop-1")), mad)).isEqualTo(Money.zero(mad));
    }

    private static long count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The store's ledger, failing on one transaction id. */
    private record FailingLedger(LedgerEntries ledger, String failOn) implements LedgerEntries {

        @Override
        public void append(LedgerTransaction transaction) {
            ledger.append(transaction);
            if (transaction.id().value().equals(failOn)) {
                throw new Shop.InjectedFailure("after " + failOn + " was appended");
            }
        }

        @Override
        public Optional<LedgerTransaction> find(TransactionId id) {
            return ledger.find(id);
        }

        @Override
        public boolean contains(TransactionId id) {
            return ledger.contains(id);
        }

        @Override
        public List<LedgerTransaction> all() {
            return ledger.all();
        }

        @Override
        public Money balance(Account account, Currency currency, Instant asOf) {
            return ledger.balance(account, currency, asOf);
        }

        @Override
        public Money balance(Account account, Currency currency) {
            return ledger.balance(account, currency);
        }

        @Override
        public Map<EntryKind, Money> totalsByKind(Account account, Currency currency) {
            return ledger.totalsByKind(account, currency);
        }

        @Override
        public Map<Account, Money> balances(Currency currency) {
            return ledger.balances(currency);
        }

        @Override
        public List<Posting> postings(Account account) {
            return ledger.postings(account);
        }
    }
}
