package org.taawon.examples.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.Orders;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.Payouts;
import org.taawon.persistence.TaawonStore;

/** The settlement on a database through the persistence module (embedded H2 unless a JDBC URL is given). */
final class DatabaseSettlementStore implements SettlementStore {

    private final TaawonStore store;
    private final SettlementLog log;

    private DatabaseSettlementStore(TaawonStore store) {
        this.store = store;
        this.log = new ProcessedEventsSettlementLog(store.processedEvents());
    }

    /** Opens (and migrates) the database; {@code reset} first clears Taawon's tables, and only those. */
    static DatabaseSettlementStore open(String jdbcUrl, String user, String password, boolean reset) {
        TaawonStore store;
        try {
            store = build(jdbcUrl, user, password);
        } catch (RuntimeException migration) {
            if (!startedAfresh(jdbcUrl, user, password)) {
                throw migration;
            }
            store = build(jdbcUrl, user, password);
        }
        try {
            if (reset) {
                store.clear();
            }
            return new DatabaseSettlementStore(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static TaawonStore build(String jdbcUrl, String user, String password) {
        return jdbcUrl == null ? TaawonStore.inMemory()
                // The store's own pool writes an embedded H2 file's commits at once (see committingAtOnce).
                : TaawonStore.builder().jdbcUrl(jdbcUrl).user(user).password(password).maximumPoolSize(4).build();
    }

    /**
     * An embedded H2 file commits each DDL statement on its own, so a settle killed while the schema
     * was being created leaves part of a migration behind, which the migration then trips over for
     * good. When the migration fails on such a file and it holds nothing but Taawon's tables, all
     * empty (nothing was settled yet), the half-made schema is dropped so the next attempt starts
     * afresh; anything else is left for the user to look at.
     */
    private static boolean startedAfresh(String jdbcUrl, String user, String password) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:") || url.startsWith("jdbc:h2:zip:")) {
            return false; // not an embedded H2 file
        }
        try (Connection connection = DriverManager.getConnection(committingAtOnce(jdbcUrl), user, password);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                String name = table.toLowerCase(Locale.ROOT);
                if (!name.startsWith("taawon_")) {
                    return false;
                }
                if (name.equals("taawon_schema_history") || name.equals("taawon_payout_lock")) {
                    continue;
                }
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            statement.execute("DROP ALL OBJECTS");
            System.err.println("settle: the database's schema was left half-made by an interrupted start and held"
                    + " nothing else; it was dropped and is made again");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The URL with embedded H2's commits written at once ({@link TaawonStore#withDurableCommits}). */
    static String committingAtOnce(String jdbcUrl) {
        return TaawonStore.withDurableCommits(jdbcUrl);
    }

    @Override
    public Cooperatives cooperatives() {
        return store.cooperatives();
    }

    @Override
    public Products products() {
        return store.products();
    }

    @Override
    public Orders orders() {
        return store.orders();
    }

    @Override
    public LedgerEntries ledger() {
        return store.ledger();
    }

    @Override
    public Payouts payouts() {
        return store.payouts();
    }

    @Override
    public ProcessedEvents processedEvents() {
        return store.processedEvents();
    }

    @Override
    public SettlementLog log() {
        return log;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return store.unitOfWork();
    }

    @Override
    public boolean holdsData() {
        return !store.isEmpty();
    }

    @Override
    public void close() {
        store.close();
    }
}
