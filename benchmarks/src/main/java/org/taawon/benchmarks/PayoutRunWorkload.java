package org.taawon.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.taawon.core.ledger.AccountType;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.RunPayouts;
import org.taawon.persistence.TaawonStore;
import org.taawon.persistence.support.DatabaseVendor;
import org.taawon.persistence.support.EpochNanos;

/**
 * B3: one payout run over the ledger of {@link PayoutRunData}, through the library ({@link RunPayouts}
 * on the JPA store with core's {@link InMemoryPayoutRail}: planning and dispatch) and as plain JDBC in
 * one transaction: one {@code GROUP BY} over the payable entries as of the run's instant, a batch
 * insert of the payouts and their ledger transactions (planned, then paid), and one set-based
 * {@code UPDATE} marking the payouts paid as the in-memory rail answers. Both sides start from the
 * same database: before every run, whatever an earlier run added is removed ({@link #reset()}).
 */
final class PayoutRunWorkload implements AutoCloseable {

    static final PayoutRunId RUN = PayoutRunId.of("b3-run");
    private static final String PAYABLE = AccountType.COOPERATIVE_PAYABLE.name();

    private final TaawonStore store;
    private final long lastTransactionPk;
    private final long lastEntryPk;

    PayoutRunWorkload(TaawonStore store) {
        this.store = store;
        try (Connection c = store.dataSource().getConnection()) {
            this.lastTransactionPk = PayoutRunData.count(c,
                    "SELECT COALESCE(MAX(id), 0) FROM taawon_ledger_transaction WHERE transaction_id LIKE 'sale:%'");
            this.lastEntryPk = PayoutRunData.count(c, "SELECT COALESCE(MAX(e.id), 0) FROM taawon_ledger_entry e"
                    + " WHERE e.transaction_pk <= " + lastTransactionPk);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the B3 database: " + e.getMessage(), e);
        }
        reset();
    }

    /** A store on the B3 database at {@code url} (migrated by whoever loaded it). */
    static TaawonStore open(String url) {
        return TaawonStore.builder().jdbcUrl(url).user(url.startsWith("jdbc:h2:") ? "sa" : "postgres")
                .maximumPoolSize(2).build();
    }

    /** The library: the whole run, planning and dispatch; returns the sum paid. */
    long library() {
        RunPayouts runPayouts = new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), new InMemoryPayoutRail(),
                store.unitOfWork(), Clock.fixed(PayoutRunData.PAID_AT, ZoneOffset.UTC), PayoutRunData.MAD);
        PayoutRunReport report = runPayouts.run(RUN, PayoutRunData.RUN_AT);
        long paid = 0;
        for (Payout payout : report.payouts()) {
            paid += payout.amount().minor();
        }
        return paid;
    }

    /** The baseline: the same run in one JDBC transaction; returns the sum paid. */
    long baseline() {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                long paid = baselineRun(c);
                c.commit();
                return paid;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline payout run failed: " + e.getMessage(), e);
        }
    }

    private long baselineRun(Connection c) throws SQLException {
        long runAt = EpochNanos.of(PayoutRunData.RUN_AT);
        long paidAt = EpochNanos.of(PayoutRunData.PAID_AT);
        String runId = RUN.value();
        String currency = PayoutRunData.MAD.getCurrencyCode();
        if (PayoutRunData.count(c, "SELECT COUNT(*) FROM taawon_payout_run WHERE run_at > " + runAt) > 0) {
            throw new IllegalStateException("a later run exists");
        }
        try (PreparedStatement run = c.prepareStatement(
                "INSERT INTO taawon_payout_run (id, run_id, run_at, version) VALUES (?, ?, ?, 0)")) {
            run.setLong(1, new Ids(c, "taawon_payout_run_seq").next());
            run.setString(2, runId);
            run.setLong(3, runAt);
            run.executeUpdate();
        }
        List<Object[]> due = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT c.cooperative_id, b.available, c.destination_type,"
                + " c.destination_account, c.destination_holder FROM taawon_cooperative c JOIN ("
                + " SELECT account_owner, SUM(amount_minor) AS available FROM taawon_ledger_entry"
                + " WHERE account_type = ? AND currency = ? AND effective_at <= ? GROUP BY account_owner) b"
                + " ON b.account_owner = c.cooperative_id"
                + " WHERE b.available >= GREATEST(1, c.payout_minimum_minor) ORDER BY c.cooperative_id")) {
            q.setString(1, PAYABLE);
            q.setString(2, currency);
            q.setLong(3, runAt);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    due.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
        }
        Ids payoutIds = new Ids(c, "taawon_payout_seq");
        Ids txIds = new Ids(c, "taawon_ledger_transaction_seq");
        Ids entryIds = new Ids(c, "taawon_ledger_entry_seq");
        long total = 0;
        try (PreparedStatement payouts = c.prepareStatement("INSERT INTO taawon_payout (id, payout_id, run_id, cooperative_id,"
                + " amount_minor, amount_currency, destination_type, destination_account, destination_holder, state, planned_at,"
                + " attempts, rail_reference, failure, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, 0, NULL, NULL, 0)");
             PreparedStatement txs = c.prepareStatement("INSERT INTO taawon_ledger_transaction"
                     + " (id, transaction_id, recorded_at, currency, version) VALUES (?, ?, ?, ?, 0)");
             PreparedStatement entries = c.prepareStatement("INSERT INTO taawon_ledger_entry (id, transaction_pk,"
                     + " account_type, account_owner, kind, amount_minor, currency, effective_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] row : due) {
                String cooperative = (String) row[0];
                long amount = (Long) row[1];
                String payoutId = runId + "/" + cooperative;
                payouts.setLong(1, payoutIds.next());
                payouts.setString(2, payoutId);
                payouts.setString(3, runId);
                payouts.setString(4, cooperative);
                payouts.setLong(5, amount);
                payouts.setString(6, currency);
                payouts.setString(7, (String) row[2]);
                payouts.setString(8, (String) row[3]);
                payouts.setString(9, (String) row[4]);
                payouts.setLong(10, runAt);
                payouts.addBatch();
                long planned = txIds.next();
                addTransaction(txs, planned, "payout:" + payoutId, runAt, currency);
                addEntry(entries, entryIds.next(), planned, PAYABLE, cooperative, EntryKind.PAYOUT, -amount, currency, runAt);
                addEntry(entries, entryIds.next(), planned, AccountType.PAYOUTS_IN_FLIGHT.name(), cooperative, EntryKind.PAYOUT,
                        amount, currency, runAt);
                long settled = txIds.next();
                addTransaction(txs, settled, "payout-paid:" + payoutId, paidAt, currency);
                addEntry(entries, entryIds.next(), settled, AccountType.PAYOUTS_IN_FLIGHT.name(), cooperative,
                        EntryKind.PAYOUT_SETTLED, -amount, currency, paidAt);
                addEntry(entries, entryIds.next(), settled, AccountType.PAYOUTS_PAID.name(), cooperative,
                        EntryKind.PAYOUT_SETTLED, amount, currency, paidAt);
                total += amount;
            }
            payouts.executeBatch();
            txs.executeBatch();
            entries.executeBatch();
        }
        // The rail stand-in: every payout handed over once and paid, as InMemoryPayoutRail answers.
        try (PreparedStatement paid = c.prepareStatement("UPDATE taawon_payout SET state = 'PAID', attempts = attempts + 1,"
                + " rail_reference = CONCAT('mem-', payout_id), version = version + 2 WHERE run_id = ? AND state = 'PLANNED'")) {
            paid.setString(1, runId);
            if (paid.executeUpdate() != due.size()) {
                throw new IllegalStateException("not every payout was marked paid");
            }
        }
        return total;
    }

    private static void addTransaction(PreparedStatement txs, long pk, String id, long at, String currency) throws SQLException {
        txs.setLong(1, pk);
        txs.setString(2, id);
        txs.setLong(3, at);
        txs.setString(4, currency);
        txs.addBatch();
    }

    private static void addEntry(PreparedStatement entries, long pk, long txPk, String type, String owner, EntryKind kind,
                                 long amount, String currency, long at) throws SQLException {
        entries.setLong(1, pk);
        entries.setLong(2, txPk);
        entries.setString(3, type);
        entries.setString(4, owner);
        entries.setString(5, kind.name());
        entries.setLong(6, amount);
        entries.setString(7, currency);
        entries.setLong(8, at);
        entries.addBatch();
    }

    private static boolean isPostgres(Connection connection) {
        try {
            return connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids from a sequence stepping by 50, handed out as Hibernate's pooled optimizer does (value - 49 .. value). */
    private static final class Ids {
        private final Connection connection;
        private final String sql;
        private long next;
        private long last = -1;

        Ids(Connection connection, String sequence) {
            this.connection = connection;
            this.sql = isPostgres(connection)
                    ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        }

        long next() throws SQLException {
            if (next > last) {
                last = PayoutRunData.count(connection, sql);
                next = last - 49;
            }
            return next++;
        }
    }

    /**
     * Takes the database back to the generated state: no runs, no payouts, no ledger rows beyond the
     * generated ones. It bypasses the ledger's append-only guard on purpose, as
     * {@code TaawonSchema.clear} does, and only between measured runs.
     */
    void reset() {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            boolean postgres = store.vendor() == DatabaseVendor.POSTGRESQL;
            if (postgres) {
                s.execute("SET LOCAL session_replication_role = replica");
            } else {
                s.execute("DROP TRIGGER IF EXISTS taawon_ledger_transaction_append_only");
                s.execute("DROP TRIGGER IF EXISTS taawon_ledger_entry_append_only");
            }
            s.executeUpdate("DELETE FROM taawon_ledger_entry WHERE id > " + lastEntryPk);
            s.executeUpdate("DELETE FROM taawon_ledger_transaction WHERE id > " + lastTransactionPk);
            s.executeUpdate("DELETE FROM taawon_payout");
            s.executeUpdate("DELETE FROM taawon_payout_run");
            if (!postgres) {
                s.execute("CREATE TRIGGER taawon_ledger_transaction_append_only BEFORE UPDATE, DELETE ON taawon_ledger_transaction"
                        + " FOR EACH ROW CALL 'org.taawon.persistence.support.H2AppendOnlyTrigger'");
                s.execute("CREATE TRIGGER taawon_ledger_entry_append_only BEFORE UPDATE, DELETE ON taawon_ledger_entry"
                        + " FOR EACH ROW CALL 'org.taawon.persistence.support.H2AppendOnlyTrigger'");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the B3 database: " + e.getMessage(), e);
        }
        store.entityManagerFactory().getCache().evictAll();
    }

    /** What a run left behind, for comparing the two sides: payouts, the run's ledger rows, every balance. */
    List<String> outcome() {
        List<String> lines = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT payout_id, run_id, cooperative_id, amount_minor, amount_currency,"
                    + " destination_type, destination_account, destination_holder, state, planned_at, attempts, rail_reference,"
                    + " failure FROM taawon_payout ORDER BY payout_id")) {
                collect(rs, 13, "payout", lines);
            }
            try (ResultSet rs = s.executeQuery("SELECT t.transaction_id, t.recorded_at, t.currency, e.account_type,"
                    + " e.account_owner, e.kind, e.amount_minor, e.currency, e.effective_at FROM taawon_ledger_transaction t"
                    + " JOIN taawon_ledger_entry e ON e.transaction_pk = t.id WHERE t.id > " + lastTransactionPk
                    + " ORDER BY t.transaction_id, e.account_type, e.amount_minor")) {
                collect(rs, 9, "entry", lines);
            }
            try (ResultSet rs = s.executeQuery("SELECT account_type, account_owner, SUM(amount_minor) FROM taawon_ledger_entry"
                    + " GROUP BY account_type, account_owner ORDER BY account_type, account_owner")) {
                collect(rs, 3, "balance", lines);
            }
            try (ResultSet rs = s.executeQuery("SELECT run_id, run_at FROM taawon_payout_run ORDER BY run_id")) {
                collect(rs, 2, "run", lines);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outcome: " + e.getMessage(), e);
        }
        return lines;
    }

    private static void collect(ResultSet rs, int columns, String what, List<String> lines) throws SQLException {
        while (rs.next()) {
            StringBuilder line = new StringBuilder(what);
            for (int i = 1; i <= columns; i++) {
                line.append(' ').append(rs.getString(i));
            }
            lines.add(line.toString());
        }
    }

    /**
     * Library and baseline in alternating pairs, each run from the reset database (the reset is not
     * timed). Same medians as {@link Measurement#pairs}.
     */
    Measurement measure(int warmupPairs, int pairs) {
        for (int i = 0; i < warmupPairs; i++) {
            reset();
            library();
            reset();
            baseline();
        }
        double[] lib = new double[pairs];
        double[] base = new double[pairs];
        double[] ratios = new double[pairs];
        double[] libBytes = new double[pairs];
        double[] baseBytes = new double[pairs];
        long[] paid = new long[2];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                lib[i] = timed(0, paid, libBytes, i);
                base[i] = timed(1, paid, baseBytes, i);
            } else {
                base[i] = timed(1, paid, baseBytes, i);
                lib[i] = timed(0, paid, libBytes, i);
            }
            if (paid[0] != paid[1]) {
                throw new IllegalStateException("library paid " + paid[0] + ", baseline " + paid[1]);
            }
            ratios[i] = lib[i] / base[i];
            System.err.printf("pair %d: library %.1f ms, baseline %.1f ms%n", i, lib[i] / 1e6, base[i] / 1e6);
        }
        reset();
        return new Measurement(Measurement.median(lib), Measurement.median(base), Measurement.median(ratios),
                Measurement.median(libBytes), Measurement.median(baseBytes));
    }

    private double timed(int side, long[] paid, double[] bytes, int i) {
        reset();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        paid[side] = side == 0 ? library() : baseline();
        long nanos = System.nanoTime() - start;
        bytes[i] = threads.getCurrentThreadAllocatedBytes() - before;
        return nanos;
    }

    @Override
    public void close() {
        store.close();
    }

    /** Creates an empty PostgreSQL database next to {@code test} and returns its URL. */
    static String createPostgresDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name;
    }

    static void dropPostgresDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", null);
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
