package org.taawon.persistence;

import java.util.List;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundLines;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;

/** Core's use cases wired on a store, as a host would wire them. */
public final class Shop {

    private final TaawonStore store;
    private final SettlementJournal journal;

    public Shop(TaawonStore store) {
        this.store = store;
        this.journal = new SettlementJournal(store.ledger(), store.cooperatives(), new SplitRules(SplitPolicy.defaults(Fixtures.MAD)));
    }

    public TaawonStore store() {
        return store;
    }

    public SettlementJournal journal() {
        return journal;
    }

    /** Saves cooperatives {@code coop-0 .. coop-(n-1)}. */
    public void cooperatives(int n) {
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < n; i++) {
                store.cooperatives().save(Cooperative.of(CooperativeId.of("coop-" + i), "Coopérative " + i,
                        CooperativeKind.WOMEN, "Al Haouz", Fixtures.MAD));
            }
        });
    }

    public PlaceOrder placeOrder() {
        return placeOrder(store.products(), journal);
    }

    public PlaceOrder placeOrder(Products products, OrderEvents events) {
        return new PlaceOrder(products, store.orders(), events, Fixtures.MAD);
    }

    public RefundLines refundLines(OrderEvents events) {
        return new RefundLines(store.orders(), store.products(), events);
    }

    /** Confirms payments as a host's payment step or webhook does, booking each sale through {@code events}. */
    public ConfirmPayment confirmPayment(PaymentGateway gateway, OrderEvents events) {
        return new ConfirmPayment(store.orders(), events, gateway, store.paymentRecords());
    }

    /** Pays orders at {@code gateway}, confirming each payment through the journal. */
    public PayOrder payOrder(PaymentGateway gateway) {
        return new PayOrder(store.orders(), gateway, confirmPayment(gateway, journal));
    }

    /** Cancels unpaid orders, giving their stock back. */
    public CancelOrder cancelOrder() {
        return new CancelOrder(store.orders(), store.products(), journal);
    }

    /** The journal, then a listener that fails: the ledger is written before the failure. */
    public OrderEvents journalThenFailure() {
        return OrderEvents.all(List.of(journal, new OrderEvents() {
            @Override
            public void orderPlaced(org.taawon.core.order.OrderPlaced event) {
                throw new InjectedFailure("after the order was written");
            }

            @Override
            public void orderPaid(org.taawon.core.order.OrderPaid event) {
                throw new InjectedFailure("after the payment and its sale were written");
            }

            @Override
            public void linesRefunded(org.taawon.core.order.LinesRefunded event) {
                throw new InjectedFailure("after the refund was written");
            }
        }));
    }

    /** A failure a test provokes on purpose. */
    public static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InjectedFailure(String where) {
            super("injected failure " + where);
        }
    }
}
