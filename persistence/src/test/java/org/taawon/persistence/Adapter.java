package org.taawon.persistence;

import java.util.function.Supplier;

import org.taawon.core.cart.Carts;
import org.taawon.core.cart.InMemoryCarts;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.InMemoryPaymentRecords;
import org.taawon.core.order.InMemoryProcessedEvents;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentRecords;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.InMemoryPayouts;
import org.taawon.core.payout.Payouts;
import org.taawon.persistence.support.TransactionRunner;

/** The adapters every port contract runs against: core's in-memory ones and the JPA ones on each database. */
public enum Adapter {
    IN_MEMORY(null),
    JPA_ON_H2(TestDatabase.H2),
    JPA_ON_POSTGRESQL(TestDatabase.POSTGRESQL),
    JPA_ON_MARIADB(TestDatabase.MARIADB);

    private final TestDatabase database;

    Adapter(TestDatabase database) {
        this.database = database;
    }

    /** Fresh, empty ports of this adapter (the database's Taawon tables are cleared). */
    public Ports open() {
        if (database == null) {
            return new Ports(new InMemoryCooperatives(), new InMemoryProducts(), new InMemoryCarts(), new InMemoryOrders(),
                    new InMemoryLedgerEntries(), new InMemoryPayouts(), new InMemoryProcessedEvents(),
                    new InMemoryPaymentRecords(), new TransactionRunner() {
                        @Override
                        public <T> T inTransaction(Supplier<T> work) {
                            return work.get();
                        }
                    });
        }
        TaawonStore store = database.store();
        store.clear();
        return new Ports(store.cooperatives(), store.products(), store.carts(), store.orders(), store.ledger(),
                store.payouts(), store.processedEvents(), store.paymentRecords(), store.transactions());
    }

    /** The ports of one adapter. */
    public record Ports(Cooperatives cooperatives, Products products, Carts carts, Orders orders, LedgerEntries ledger,
                        Payouts payouts, ProcessedEvents processedEvents, PaymentRecords paymentRecords,
                        TransactionRunner transactions) {
    }
}
