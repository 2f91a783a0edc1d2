package org.taawon.examples.cli;

import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.InMemoryProcessedEvents;
import org.taawon.core.order.Orders;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.InMemoryPayouts;
import org.taawon.core.payout.Payouts;

/** The core's in-memory adapters: a settlement that lives as long as the command. */
final class InMemorySettlementStore implements SettlementStore {

    private final Cooperatives cooperatives = new InMemoryCooperatives();
    private final Products products = new InMemoryProducts();
    private final Orders orders = new InMemoryOrders();
    private final LedgerEntries ledger = new InMemoryLedgerEntries();
    private final Payouts payouts = new InMemoryPayouts();
    private final ProcessedEvents processedEvents = new InMemoryProcessedEvents();
    private final SettlementLog log = new ProcessedEventsSettlementLog(processedEvents);

    @Override
    public Cooperatives cooperatives() {
        return cooperatives;
    }

    @Override
    public Products products() {
        return products;
    }

    @Override
    public Orders orders() {
        return orders;
    }

    @Override
    public LedgerEntries ledger() {
        return ledger;
    }

    @Override
    public Payouts payouts() {
        return payouts;
    }

    @Override
    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    @Override
    public SettlementLog log() {
        return log;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return UnitOfWork.DIRECT;
    }
}
