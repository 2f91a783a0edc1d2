package org.taawon.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.taawon.core.cart.AddToCart;
import org.taawon.core.cart.CartId;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckOutCart;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PlaceOrder;
import org.taawon.persistence.TaawonStore;
import org.taawon.persistence.support.TransactionRunner;

/**
 * B1: orders of 5 lines from 3 cooperatives, each in one transaction: five products put into a cart,
 * then the cart checked out. The library runs {@link AddToCart} and {@link CheckOutCart} on a {@link
 * TaawonStore}; the baseline ({@link PlainJdbcCheckout}) issues the same reads, inserts, updates and
 * deletes by hand on plain JDBC and commits once per order. Each side has a database of its own, set up
 * alike, and both see the same orders, so they must end with the same rows.
 */
final class CheckoutWorkload implements AutoCloseable {

    static final int LINES_PER_ORDER = 5;
    static final int COOPERATIVES = 3;
    static final Currency MAD = Currency.getInstance("MAD");
    static final long SHIPPING_OF_FIRST_COOPERATIVE = 2500;
    static final long STOCK = 1_000_000_000_000L;

    final int orders;
    final CheckoutDatabase.Fresh libraryDatabase;
    final CheckoutDatabase.Fresh baselineDatabase;
    private final TaawonStore store;
    private final TransactionRunner transactions;
    private final AddToCart addToCart;
    private final CheckOutCart checkOutCart;
    private final PlainJdbcCheckout plain;
    private int libraryRuns;
    private int baselineRuns;

    CheckoutWorkload(CheckoutDatabase database, String name, int orders) {
        this.orders = orders;
        this.libraryDatabase = database.create(name + "_lib");
        this.baselineDatabase = database.create(name + "_base");
        seed(baselineDatabase.dataSource);
        this.store = TaawonStore.builder().dataSource(libraryDatabase.dataSource).build();
        seed(store);
        this.transactions = store.transactions();
        PlaceOrder placeOrder = new PlaceOrder(store.products(), store.orders(), OrderEvents.NONE, MAD);
        this.addToCart = new AddToCart(store.carts(), store.products());
        this.checkOutCart = new CheckOutCart(store.carts(), placeOrder);
        this.plain = new PlainJdbcCheckout(baselineDatabase.dataSource, database);
        libraryDatabase.dataSource.reset();
        baselineDatabase.dataSource.reset();
    }

    private static void seed(DataSource dataSource) {
        try (TaawonStore seeding = TaawonStore.builder().dataSource(dataSource).build()) {
            seed(seeding);
        }
    }

    private static void seed(TaawonStore store) {
        store.transactions().inTransaction(() -> {
            for (int c = 0; c < COOPERATIVES; c++) {
                store.cooperatives().save(Cooperative.of(cooperative(c), "Coop " + c, CooperativeKind.WOMEN, "Souss-Massa", MAD));
            }
            for (int p = 0; p < LINES_PER_ORDER; p++) {
                store.products().save(new Product(sku(p), cooperative(p % COOPERATIVES), "Product " + p, "argan",
                        Money.of(price(p), MAD), STOCK));
            }
        });
    }

    static Sku sku(int p) {
        return Sku.of("P" + p);
    }

    static CooperativeId cooperative(int c) {
        return CooperativeId.of("coop-" + c);
    }

    static long price(int p) {
        return 999 + 1237L * p;
    }

    static long quantity(long order, int p) {
        return 1 + (order + p) % 4;
    }

    static long discount(long order) {
        return order % 997;
    }

    static Instant at(long order) {
        return Instant.EPOCH.plusSeconds(order);
    }

    /** One run of the library: {@link #orders} orders, each added to a cart and checked out in one transaction. */
    void library() {
        long first = (long) libraryRuns++ * orders;
        Map<CooperativeId, Money> shipping = Map.of(cooperative(0), Money.of(SHIPPING_OF_FIRST_COOPERATIVE, MAD));
        for (long o = first; o < first + orders; o++) {
            long order = o;
            CartId cart = CartId.of("cart-" + order);
            transactions.inTransaction(() -> {
                for (int p = 0; p < LINES_PER_ORDER; p++) {
                    addToCart.add(cart, sku(p), quantity(order, p));
                }
                checkOutCart.checkOut(cart, OrderId.of("o-" + order), Money.of(discount(order), MAD), shipping, at(order));
            });
        }
    }

    /** One run of the baseline: the same orders as the library's run of the same number, on plain JDBC. */
    void baseline() {
        long first = (long) baselineRuns++ * orders;
        for (long o = first; o < first + orders; o++) {
            plain.checkOut(o);
        }
    }

    /** Statements per order so far, library and baseline, a batch counting once. */
    double libraryStatementsPerOrder() {
        return (double) libraryDatabase.dataSource.statements() / ((long) libraryRuns * orders);
    }

    double baselineStatementsPerOrder() {
        return (double) baselineDatabase.dataSource.statements() / ((long) baselineRuns * orders);
    }

    /** What both sides must agree on: stock, orders, sub-orders, order lines and carts left, as text rows. */
    static List<String> rows(DataSource dataSource) {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            dump(c, "SELECT sku, stock, version FROM taawon_product ORDER BY sku", rows);
            dump(c, "SELECT order_id, currency, placed_at, discount_minor, discount_currency, status, payment_reference,"
                    + " status_changed_at, version FROM taawon_order ORDER BY order_id", rows);
            dump(c, "SELECT o.order_id, s.line_no, s.cooperative_id, s.subtotal_minor, s.subtotal_currency, s.shipping_minor,"
                    + " s.shipping_currency, s.fulfilment, s.shipped_at, s.delivered_at FROM taawon_sub_order s"
                    + " JOIN taawon_order o ON o.id = s.order_pk ORDER BY o.order_id, s.line_no", rows);
            dump(c, "SELECT o.order_id, l.line_index, l.sku, l.cooperative_id, l.unit_price_minor, l.unit_price_currency,"
                    + " l.quantity, l.discount_minor, l.discount_currency, l.refunded_units FROM taawon_order_line l"
                    + " JOIN taawon_order o ON o.id = l.order_pk ORDER BY o.order_id, l.line_index", rows);
            dump(c, "SELECT 'carts', COUNT(*) FROM taawon_cart", rows);
            dump(c, "SELECT 'cart lines', COUNT(*) FROM taawon_cart_line", rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void dump(Connection c, String sql, List<String> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(r.getString(i) == null ? "null" : r.getString(i).trim());
                }
                rows.add(row.toString());
            }
        }
    }

    @Override
    public void close() {
        store.close();
        libraryDatabase.close();
        baselineDatabase.close();
    }
}
