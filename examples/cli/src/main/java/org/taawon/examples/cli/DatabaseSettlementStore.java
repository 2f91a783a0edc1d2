package org.taawon.examples.cli;

import java.util.Locale;

import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.Orders;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.UnitOfWork;
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
        TaawonStore store = jdbcUrl == null ? TaawonStore.inMemory()
                : TaawonStore.builder().jdbcUrl(committingAtOnce(jdbcUrl)).user(user).password(password).maximumPoolSize(4).build();
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

    /**
     * An embedded H2 database writes committed transactions to its file in the background, every
     * WRITE_DELAY (500 ms unless the URL says otherwise): a settle killed in between would lose
     * commits it already acted on, such as a payout marked SENDING before Stripe was called, and a
     * restart would find the payout PLANNED. With WRITE_DELAY=0 each commit is in the file before it
     * returns, so it survives the process being killed. Other databases, H2 in memory or behind a
     * server, and a URL that sets WRITE_DELAY itself are left as they are.
     */
    static String committingAtOnce(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        boolean embeddedFile = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:") && !url.startsWith("jdbc:h2:zip:");
        return embeddedFile && !url.contains(";write_delay=") ? jdbcUrl + ";WRITE_DELAY=0" : jdbcUrl;
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
