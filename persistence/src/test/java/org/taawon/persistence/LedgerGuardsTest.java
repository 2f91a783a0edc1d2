package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.taawon.core.ledger.LedgerException;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;

/** The database keeps the ledger append-only and (on PostgreSQL) balanced, whoever writes to it. */
class LedgerGuardsTest {

    private static TaawonStore withOneSale(TestDatabase database) {
        TaawonStore store = database.store();
        store.clear();
        store.ledger().append(Fixtures.sale("sale:o-1", Fixtures.ARGAN, 10000, Fixtures.T0));
        return store;
    }

    private static void execute(TaawonStore store, String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @OnEveryDatabase
    void ledger_entries_cannot_be_updated_or_deleted(TestDatabase database) {
        TaawonStore store = withOneSale(database);
        List<LedgerTransaction> before = store.ledger().all();

        for (String sql : List.of("UPDATE taawon_ledger_entry SET amount_minor = amount_minor + 1",
                "DELETE FROM taawon_ledger_entry",
                "UPDATE taawon_ledger_transaction SET recorded_at = 0",
                "DELETE FROM taawon_ledger_transaction")) {
            assertThatThrownBy(() -> execute(store, sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }

        assertThat(store.ledger().all()).isEqualTo(before);
    }

    @OnEveryDatabase
    void clearing_the_store_is_the_one_way_to_empty_the_ledger(TestDatabase database) {
        TaawonStore store = withOneSale(database);

        store.clear();

        assertThat(store.ledger().all()).isEmpty();
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void postgresql_refuses_to_commit_a_transaction_whose_entries_do_not_balance() throws SQLException {
        TaawonStore store = TestDatabase.POSTGRESQL.store();
        store.clear();

        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            insertUnbalanced(s);
            assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("does not balance");
        }

        assertThat(store.ledger().contains(TransactionId.of("forged"))).isFalse();
    }

    @Test
    void an_unbalanced_transaction_written_behind_the_store_s_back_is_refused_when_read() throws SQLException {
        TaawonStore store = TestDatabase.H2.store();
        store.clear();

        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            insertUnbalanced(s);
        }

        assertThatThrownBy(() -> store.ledger().find(TransactionId.of("forged"))).isInstanceOf(LedgerException.class)
                .extracting(e -> ((LedgerException) e).reason()).isEqualTo(LedgerException.UNBALANCED);
    }

    private static void insertUnbalanced(Statement s) throws SQLException {
        s.executeUpdate("INSERT INTO taawon_ledger_transaction (id, transaction_id, recorded_at, currency, version)"
                + " VALUES (900000001, 'forged', 0, 'MAD', 0)");
        s.executeUpdate("INSERT INTO taawon_ledger_entry (id, transaction_pk, account_type, account_owner, kind,"
                + " amount_minor, currency, effective_at) VALUES (900000001, 900000001, 'COOPERATIVE_PAYABLE', 'coop-x', 'SALE',"
                + " 100000, 'MAD', 0)");
    }
}
