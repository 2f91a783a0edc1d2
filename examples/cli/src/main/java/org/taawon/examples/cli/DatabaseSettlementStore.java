package org.taawon.examples.cli;

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
                : TaawonStore.builder().jdbcUrl(jdbcUrl).user(user).password(password).maximumPoolSize(4).build();
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
