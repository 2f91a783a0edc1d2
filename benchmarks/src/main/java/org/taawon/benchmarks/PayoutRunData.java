package org.taawon.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;
import org.taawon.persistence.TaawonStore;
import org.taawon.persistence.support.DatabaseVendor;
import org.taawon.persistence.support.EpochNanos;

/**
 * B3's starting state: the ledger as the library leaves it after {@code lines} sold and paid order
 * lines over {@code cooperatives} cooperatives. Orders of 4 lines from 2 cooperatives are placed by
 * core's {@link PlaceOrder} and their sale transactions built by {@link SettlementJournal} (the split,
 * the hold, every entry), then written row for row as {@code JpaLedgerEntries} writes them, in bulk:
 * COPY on PostgreSQL, JDBC batches on H2. Cooperatives are saved through the store itself.
 *
 * <p>Orders are spread over 30 days before the run, so entries still in their hold (the last 7 days)
 * do not count; every order has a cooperative's shipping on every second order and a coupon on every
 * third; one cooperative in ten has a payout minimum above anything it earns, so it carries forward.
 */
final class PayoutRunData {

    static final Currency MAD = Currency.getInstance("MAD");
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant RUN_AT = START.plus(Duration.ofDays(30));
    /** When the in-memory rail's answers are recorded (the dispatch's clock). */
    static final Instant PAID_AT = RUN_AT.plus(Duration.ofHours(1));
    static final int LINES_PER_ORDER = 4;
    private static final int BATCH = 1_000;

    final int lines;
    final int cooperatives;
    /** The largest ids the generated rows use; everything above is the payout run's. */
    long lastTransactionPk;
    long lastEntryPk;

    PayoutRunData(int lines, int cooperatives) {
        if (lines < LINES_PER_ORDER || cooperatives < 2) {
            throw new IllegalArgumentException("B3 needs at least one order and two cooperatives");
        }
        this.lines = lines;
        this.cooperatives = cooperatives;
    }

    int orders() {
        return lines / LINES_PER_ORDER;
    }

    static CooperativeId cooperative(int c) {
        return CooperativeId.of(String.format("coop-%05d", c));
    }

    List<Cooperative> cooperativeList() {
        List<Cooperative> list = new ArrayList<>(cooperatives);
        for (int c = 0; c < cooperatives; c++) {
            Cooperative coop = Cooperative.of(cooperative(c), "Cooperative " + c, CooperativeKind.values()[c % 4], "Souss-Massa", MAD)
                    .withCommissionRate(BasisPoints.of(500 + (c % 5) * 250))
                    .withPayoutDestination(new PayoutDestination.StripeAccount("acct_b3" + c));
            if (c % 10 == 9) {
                coop = coop.withPayoutMinimum(Money.of(1_000_000_000_000L, MAD));
            }
            list.add(coop);
        }
        return list;
    }

    /** Every sale transaction, in the order placed; the same ones on every call. */
    void forEachSale(Consumer<LedgerTransaction> sink) {
        InMemoryCooperatives coops = new InMemoryCooperatives();
        cooperativeList().forEach(coops::save);
        InMemoryProducts products = new InMemoryProducts();
        for (int c = 0; c < cooperatives; c++) {
            for (int p = 0; p < 2; p++) {
                products.save(new Product(Sku.of("B3-" + c + "-" + p), cooperative(c), "product", "",
                        Money.of(1_500 + 37L * ((c * 2 + p) % 211), MAD), Long.MAX_VALUE / 8));
            }
        }
        SettlementJournal journal = new SettlementJournal(new InMemoryLedgerEntries(), coops,
                new SplitRules(SplitPolicy.defaults(MAD)));
        int orders = orders();
        long spanNanos = Duration.ofDays(30).toNanos();
        PlaceOrder placeOrder = null;
        for (int o = 0; o < orders; o++) {
            if (o % 10_000 == 0) {
                // A fresh order store now and then keeps the generator's memory flat.
                placeOrder = new PlaceOrder(products, new InMemoryOrders(), OrderEvents.NONE, MAD);
            }
            int a = o % cooperatives;
            int b = (int) ((o * 7L + 1 + o / cooperatives) % cooperatives);
            if (b == a) {
                b = (a + 1) % cooperatives;
            }
            List<CartLine> cart = List.of(
                    CartLine.of("B3-" + a + "-0", 1 + o % 3),
                    CartLine.of("B3-" + b + "-0", 1 + (o / 3) % 2),
                    CartLine.of("B3-" + a + "-1", 1),
                    CartLine.of("B3-" + b + "-1", 1 + o % 2));
            Instant at = START.plusNanos(spanNanos / orders * o);
            Money discount = Money.of(o % 3 == 0 ? 100 + o % 400 : 0, MAD);
            Map<CooperativeId, Money> shipping = o % 2 == 0 ? Map.of(cooperative(a), Money.of(2_500, MAD)) : Map.of();
            Order order = placeOrder.place(new CheckoutRequest(OrderId.of("b3-" + o), cart, discount, shipping, at));
            sink.accept(journal.saleTransaction(order, order.placedAt())); // paid at checkout
        }
    }

    /** Writes cooperatives and the ledger into the store's (migrated, empty) database. */
    void load(TaawonStore store) throws SQLException, IOException {
        store.transactions().inTransaction(() -> cooperativeList().forEach(store.cooperatives()::save));
        try (Connection connection = store.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            if (store.vendor() == DatabaseVendor.POSTGRESQL) {
                copyPostgres(connection);
            } else {
                batchInsert(connection);
            }
            connection.commit();
            long nextTx = lastTransactionPk + 100;
            long nextEntry = lastEntryPk + 100;
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER SEQUENCE taawon_ledger_transaction_seq RESTART WITH " + nextTx);
                s.execute("ALTER SEQUENCE taawon_ledger_entry_seq RESTART WITH " + nextEntry);
                if (store.vendor() == DatabaseVendor.POSTGRESQL) {
                    connection.commit();
                    connection.setAutoCommit(true);
                    s.execute("VACUUM ANALYZE taawon_ledger_entry");
                    s.execute("VACUUM ANALYZE taawon_ledger_transaction");
                    s.execute("VACUUM ANALYZE taawon_cooperative");
                } else {
                    s.execute("ANALYZE");
                    connection.commit();
                }
            }
        }
    }

    /**
     * COPY, with triggers off for the load (session_replication_role): the balance check would run a
     * query per entry row; every transaction here balanced when built ({@link LedgerTransaction}).
     */
    private void copyPostgres(Connection connection) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder rows = new StringBuilder(1 << 20);
        long[] pk = {0};
        forEachSale(tx -> {
            pk[0]++;
            rows.append(pk[0]).append('\t').append(tx.id().value()).append('\t').append(EpochNanos.of(tx.recordedAt()))
                    .append('\t').append(tx.currency().getCurrencyCode()).append("\t0\n");
            flushCopy(copy, "COPY taawon_ledger_transaction (id, transaction_id, recorded_at, currency, version) FROM STDIN", rows, false);
        });
        flushCopy(copy, "COPY taawon_ledger_transaction (id, transaction_id, recorded_at, currency, version) FROM STDIN", rows, true);
        lastTransactionPk = pk[0];
        long[] entryPk = {0};
        long[] txPk = {0};
        forEachSale(tx -> {
            txPk[0]++;
            for (LedgerEntry e : tx.entries()) {
                entryPk[0]++;
                rows.append(entryPk[0]).append('\t').append(txPk[0]).append('\t').append(e.account().type().name()).append('\t')
                        .append(e.account().owner()).append('\t').append(e.kind().name()).append('\t').append(e.amount().minor())
                        .append('\t').append(e.amount().currency().getCurrencyCode()).append('\t')
                        .append(EpochNanos.of(e.effectiveAt())).append('\n');
            }
            flushCopy(copy, ENTRY_COPY, rows, false);
        });
        flushCopy(copy, ENTRY_COPY, rows, true);
        lastEntryPk = entryPk[0];
    }

    private static final String ENTRY_COPY = "COPY taawon_ledger_entry (id, transaction_pk, account_type, account_owner, kind,"
            + " amount_minor, currency, effective_at) FROM STDIN";

    private static void flushCopy(CopyManager copy, String sql, StringBuilder rows, boolean last) {
        if (rows.length() < (1 << 22) && !(last && rows.length() > 0)) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
        rows.setLength(0);
    }

    private void batchInsert(Connection connection) throws SQLException {
        try (PreparedStatement txs = connection.prepareStatement("INSERT INTO taawon_ledger_transaction"
                + " (id, transaction_id, recorded_at, currency, version) VALUES (?, ?, ?, ?, 0)");
             PreparedStatement entries = connection.prepareStatement("INSERT INTO taawon_ledger_entry (id, transaction_pk,"
                     + " account_type, account_owner, kind, amount_minor, currency, effective_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long[] pk = {0, 0};
            int[] pending = {0};
            forEachSale(tx -> {
                try {
                    long txPk = ++pk[0];
                    txs.setLong(1, txPk);
                    txs.setString(2, tx.id().value());
                    txs.setLong(3, EpochNanos.of(tx.recordedAt()));
                    txs.setString(4, tx.currency().getCurrencyCode());
                    txs.addBatch();
                    for (LedgerEntry e : tx.entries()) {
                        entries.setLong(1, ++pk[1]);
                        entries.setLong(2, txPk);
                        entries.setString(3, e.account().type().name());
                        entries.setString(4, e.account().owner());
                        entries.setString(5, e.kind().name());
                        entries.setLong(6, e.amount().minor());
                        entries.setString(7, e.amount().currency().getCurrencyCode());
                        entries.setLong(8, EpochNanos.of(e.effectiveAt()));
                        entries.addBatch();
                    }
                    if (++pending[0] == BATCH) {
                        txs.executeBatch();
                        entries.executeBatch();
                        pending[0] = 0;
                        if (txPk % 50_000 == 0) {
                            connection.commit();
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("batch insert failed: " + e.getMessage(), e);
                }
            });
            txs.executeBatch();
            entries.executeBatch();
            lastTransactionPk = pk[0];
            lastEntryPk = pk[1];
        }
    }

    /** Counts of what was loaded, to check a database holds this data set. */
    static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
