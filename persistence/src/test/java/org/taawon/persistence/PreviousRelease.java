package org.taawon.persistence;

import static org.taawon.persistence.Fixtures.MAD;
import static org.taawon.persistence.Fixtures.mad;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.order.RefundedLine;
import org.taawon.core.order.SubOrder;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;
import org.taawon.persistence.support.DatabaseVendor;
import org.taawon.persistence.support.EpochNanos;

/**
 * A shop's database as the previous release left it (schema version 6): the one place that knows
 * which rows that release wrote. Its orders are made by core's own checkout, payment, refund and
 * cancellation in memory; its ledger holds what the previous release booked for them: every order's
 * sale at checkout (the journal's sale of an order paid at its checkout time, which is what that
 * release wrote), refunds as the journal books them, and for a cancelled order the reversal that
 * release wrote ({@code cancel:<id>}: each sale entry negated, counting from the cancellation or,
 * when it had not counted yet, from its own instant). {@link #write} inserts them as that release's
 * Hibernate did, ids included (each sequence's pooled blocks of 50).
 */
final class PreviousRelease {

    static final Instant T = Instant.parse("2026-02-02T09:00:00.000000123Z");
    static final OrderId PAID = OrderId.of("o-paid");
    static final OrderId UNPAID = OrderId.of("o-unpaid");
    static final OrderId REFUNDED = OrderId.of("o-refunded");
    static final OrderId CANCELLED = OrderId.of("o-cancelled");
    static final OrderId STALE = OrderId.of("o-stale");
    /** Every order, in checkout order. */
    static final List<OrderId> ORDERS = List.of(PAID, UNPAID, REFUNDED, CANCELLED, STALE);
    /** The orders paid under the previous release. */
    static final List<OrderId> PAID_ORDERS = List.of(PAID, REFUNDED);
    /** The orders still waiting for their payment when the release is upgraded. */
    static final List<OrderId> UNPAID_ORDERS = List.of(UNPAID, STALE);

    final List<Cooperative> cooperatives = List.of(Fixtures.argan(), Fixtures.rugs());
    final InMemoryCooperatives cooperativePort = new InMemoryCooperatives();
    final InMemoryProducts products = new InMemoryProducts();
    final InMemoryOrders orders = new InMemoryOrders();
    final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    final SettlementJournal journal = new SettlementJournal(ledger, cooperativePort, new SplitRules(SplitPolicy.defaults(MAD)));

    PreviousRelease() {
        cooperatives.forEach(cooperativePort::save);
        List<Product> catalogue = List.of(
                Fixtures.product("ARGAN-250", Fixtures.ARGAN, 12000, 20),
                Fixtures.product("AMLOU-500", Fixtures.ARGAN, 6550, 10),
                Fixtures.product("RUG-S", Fixtures.RUGS, 99900, 5));
        catalogue.forEach(products::save);
        checkout(PAID, T, List.of(CartLine.of("ARGAN-250", 2), CartLine.of("RUG-S", 1)), 500, Map.of(Fixtures.ARGAN, mad(3000)));
        pay(PAID, T.plusSeconds(30));
        checkout(UNPAID, T.plus(Duration.ofHours(1)), List.of(CartLine.of("AMLOU-500", 1), CartLine.of("RUG-S", 1)), 1001,
                Map.of(Fixtures.RUGS, mad(4500)));
        checkout(REFUNDED, T.plus(Duration.ofHours(2)), List.of(CartLine.of("ARGAN-250", 3), CartLine.of("AMLOU-500", 2)), 0,
                Map.of(Fixtures.ARGAN, mad(2500)));
        pay(REFUNDED, T.plus(Duration.ofHours(2)).plusSeconds(20));
        new RefundLines(orders, products, journal).refund(new RefundRequest(REFUNDED, List.of(new RefundRequest.Line(0, 1)), true,
                T.plus(Duration.ofDays(1))));
        checkout(CANCELLED, T.plus(Duration.ofHours(3)), List.of(CartLine.of("RUG-S", 1)), 0, Map.of());
        cancel(CANCELLED, T.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(10)));
        checkout(STALE, T.plus(Duration.ofHours(4)), List.of(CartLine.of("ARGAN-250", 1)), 0, Map.of());
    }

    /** A checkout of the previous release: the order, its stock, and its sale booked at once. */
    private void checkout(OrderId id, Instant at, List<CartLine> lines, long discount, Map<CooperativeId, Money> shipping) {
        Order order = new PlaceOrder(products, orders, OrderEvents.NONE, MAD)
                .place(new CheckoutRequest(id, lines, mad(discount), shipping, at));
        ledger.append(journal.saleTransaction(order, order.placedAt()));
    }

    private void pay(OrderId id, Instant at) {
        Order order = orders.findForUpdate(id).orElseThrow();
        order.markPaid("pay_" + id.value(), at);
        orders.update(order);
    }

    /** A cancellation of the previous release: the stock back, and the sale reversed. */
    private void cancel(OrderId id, Instant at) {
        Order order = new CancelOrder(orders, products, OrderEvents.NONE).cancel(id, at);
        LedgerTransaction sale = ledger.find(SettlementJournal.saleOf(order)).orElseThrow();
        LedgerTransaction.Builder tx = LedgerTransaction.builder(TransactionId.of("cancel:" + id.value()), at);
        for (LedgerEntry entry : sale.entries()) {
            Instant effective = entry.effectiveAt().isAfter(at) ? entry.effectiveAt() : at;
            tx.add(entry.account(), entry.kind(), entry.amount().negate(), effective);
        }
        ledger.append(tx.buildMarked(Account.CUSTOMERS, EntryKind.CHARGE, MAD));
    }

    Order order(OrderId id) {
        return orders.get(id);
    }

    /** The transactions the previous release booked, in the order it booked them. */
    List<LedgerTransaction> transactions() {
        return ledger.all();
    }

    /**
     * Inserts every row, in one transaction, as the previous release wrote them; returns, for each
     * sequence drawn, the top of the last block of ids the previous release reserved from it.
     */
    Map<String, Long> write(Connection connection, DatabaseVendor vendor) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Ids ids = new Ids(connection, vendor);
        for (Cooperative c : cooperatives) {
            String type = "NONE";
            String account = null;
            String holder = null;
            if (c.payoutDestination() instanceof PayoutDestination.StripeAccount stripe) {
                type = "STRIPE";
                account = stripe.accountId();
            } else if (c.payoutDestination() instanceof PayoutDestination.BankAccount bank) {
                type = "BANK";
                account = bank.accountNumber();
                holder = bank.holder();
            }
            insert(connection, "taawon_cooperative", "cooperative_id, name, kind, region, commission_bp, payout_minimum_minor,"
                            + " payout_minimum_currency, destination_type, destination_account, destination_holder, version",
                    c.id().value(), c.name(), c.kind().name(), c.region(), c.commissionRate().map(r -> (Object) r.value()).orElse(null),
                    c.payoutMinimum().minor(), c.payoutMinimum().currency().getCurrencyCode(), type, account, holder, 0L);
        }
        for (Product p : products.all()) {
            insert(connection, "taawon_product", "sku, cooperative_id, name, category, price_minor, price_currency, stock, version",
                    p.sku().value(), p.cooperative().value(), p.name(), p.category(), p.price().minor(),
                    p.price().currency().getCurrencyCode(), p.stock(), 0L);
        }
        for (OrderId id : ORDERS) {
            Order order = orders.get(id);
            long orderPk = ids.next("taawon_order_seq");
            insert(connection, "taawon_order", "id, order_id, currency, placed_at, discount_minor, discount_currency, status,"
                            + " payment_reference, status_changed_at, version",
                    orderPk, id.value(), order.currency().getCurrencyCode(), EpochNanos.of(order.placedAt()), order.discount().minor(),
                    order.discount().currency().getCurrencyCode(), order.status().name(), order.paymentReference().orElse(null),
                    EpochNanos.of(order.statusChangedAt()), 0L);
            for (int i = 0; i < order.subOrders().size(); i++) {
                SubOrder sub = order.subOrders().get(i);
                insert(connection, "taawon_sub_order", "id, order_pk, line_no, cooperative_id, subtotal_minor, subtotal_currency,"
                                + " shipping_minor, shipping_currency, fulfilment, shipped_at, delivered_at",
                        ids.next("taawon_sub_order_seq"), orderPk, i, sub.cooperative().value(), sub.subtotal().minor(),
                        sub.subtotal().currency().getCurrencyCode(), sub.shipping().minor(), sub.shipping().currency().getCurrencyCode(),
                        sub.fulfilment().name(), null, null);
            }
            for (OrderLine line : order.lines()) {
                insert(connection, "taawon_order_line", "id, order_pk, line_index, sku, cooperative_id, unit_price_minor,"
                                + " unit_price_currency, quantity, discount_minor, discount_currency, refunded_units",
                        ids.next("taawon_order_line_seq"), orderPk, line.index(), line.sku().value(), line.cooperative().value(),
                        line.unitPrice().minor(), line.unitPrice().currency().getCurrencyCode(), line.quantity(),
                        line.discount().minor(), line.discount().currency().getCurrencyCode(), line.refundedUnits());
            }
            for (Refund refund : order.refunds()) {
                long refundPk = ids.next("taawon_refund_seq");
                insert(connection, "taawon_refund", "id, order_pk, refund_number, refunded_at, restock",
                        refundPk, orderPk, refund.number(), EpochNanos.of(refund.at()), refund.restock());
                for (RefundedLine line : refund.lines()) {
                    insert(connection, "taawon_refunded_line", "id, refund_pk, line_index, sku, cooperative_id, units_before, units,"
                                    + " amount_minor, amount_currency",
                            ids.next("taawon_refunded_line_seq"), refundPk, line.line(), line.sku().value(), line.cooperative().value(),
                            line.unitsBefore(), line.units(), line.amount().minor(), line.amount().currency().getCurrencyCode());
                }
            }
        }
        for (LedgerTransaction tx : transactions()) {
            long txPk = ids.next("taawon_ledger_transaction_seq");
            insert(connection, "taawon_ledger_transaction", "id, transaction_id, recorded_at, currency, version",
                    txPk, tx.id().value(), EpochNanos.of(tx.recordedAt()), tx.currency().getCurrencyCode(), 0L);
            for (LedgerEntry entry : tx.entries()) {
                insert(connection, "taawon_ledger_entry", "id, transaction_pk, account_type, account_owner, kind, amount_minor,"
                                + " currency, effective_at",
                        ids.next("taawon_ledger_entry_seq"), txPk, entry.account().type().name(), entry.account().owner(),
                        entry.kind().name(), entry.amount().minor(), entry.amount().currency().getCurrencyCode(),
                        EpochNanos.of(entry.effectiveAt()));
            }
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        Map<String, Long> reserved = new HashMap<>();
        ids.blocks.forEach((sequence, block) -> reserved.put(sequence, block[1]));
        return reserved;
    }

    private static void insert(Connection connection, String table, String columns, Object... values) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(values.length, "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    /**
     * Ids as Hibernate's pooled optimizer hands them out (sequences start at 1, step 50): a fresh
     * sequence's first value is the initial one, so a second call sets the block's top; afterwards
     * each value V drawn gives V-49 .. V.
     */
    private static final class Ids {
        private final Connection connection;
        private final DatabaseVendor vendor;
        private final Map<String, long[]> blocks = new HashMap<>();

        Ids(Connection connection, DatabaseVendor vendor) {
            this.connection = connection;
            this.vendor = vendor;
        }

        long next(String sequence) {
            long[] block = blocks.get(sequence);
            if (block == null) {
                long value = draw(sequence);
                block = value == 1 ? new long[] {1, draw(sequence)} : new long[] {value - 49, value};
                blocks.put(sequence, block);
            } else if (block[0] > block[1]) {
                long top = draw(sequence);
                block[0] = top - 49;
                block[1] = top;
            }
            return block[0]++;
        }

        private long draw(String sequence) {
            String sql = vendor == DatabaseVendor.POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot draw from " + sequence, e);
            }
        }
    }

    /** Every row of the ledger's two tables, in id order, as text: to compare a database before and after. */
    static List<String> ledgerRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(
                    "SELECT id, transaction_id, recorded_at, currency, version FROM taawon_ledger_transaction ORDER BY id")) {
                while (row.next()) {
                    rows.add("transaction " + row.getLong(1) + " " + row.getString(2) + " " + row.getLong(3) + " "
                            + row.getString(4) + " " + row.getLong(5));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT id, transaction_pk, account_type, account_owner, kind, amount_minor,"
                    + " currency, effective_at FROM taawon_ledger_entry ORDER BY id")) {
                while (row.next()) {
                    rows.add("entry " + row.getLong(1) + " " + row.getLong(2) + " " + row.getString(3) + " [" + row.getString(4) + "] "
                            + row.getString(5) + " " + row.getLong(6) + " " + row.getString(7) + " " + row.getLong(8));
                }
            }
        }
        return rows;
    }
}
