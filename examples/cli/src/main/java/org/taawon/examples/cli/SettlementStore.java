package org.taawon.examples.cli;

import java.util.function.Supplier;

import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.Orders;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.Payouts;

/** The repositories a settlement runs on, and how to make a change all or nothing in them. */
interface SettlementStore extends AutoCloseable {

    Cooperatives cooperatives();

    Products products();

    Orders orders();

    LedgerEntries ledger();

    Payouts payouts();

    UnitOfWork unitOfWork();

    /** The library's record of external events applied, which keeps the settlement's log. */
    ProcessedEvents processedEvents();

    /** The store's record of the settlement it holds. */
    SettlementLog log();

    /** Whether the store holds any Taawon data (a catalogue, orders or ledger entries). */
    default boolean holdsData() {
        return !cooperatives().all().isEmpty() || !products().all().isEmpty() || !ledger().all().isEmpty();
    }

    default <T> T inTransaction(Supplier<T> work) {
        return unitOfWork().inTransaction(work);
    }

    @Override
    default void close() {
    }
}
