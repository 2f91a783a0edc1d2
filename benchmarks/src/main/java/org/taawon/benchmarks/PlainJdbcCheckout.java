package org.taawon.benchmarks;

import static org.taawon.benchmarks.CheckoutWorkload.COOPERATIVES;
import static org.taawon.benchmarks.CheckoutWorkload.LINES_PER_ORDER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The baseline of B1: the cart and the checkout written by hand on JDBC, issuing what a careful
 * hand-written version must (each product read once when it is put in the cart, the cart looked up
 * once, the duplicate-order check, conditional stock updates in sku order, the cart, order, sub-order
 * and line rows inserted in batches, the cart deleted) and committing once per order. Ids come from
 * the same sequences in blocks of 50, as the library's pooled generators take them.
 */
final class PlainJdbcCheckout {

    private static final String SELECT_PRODUCT = "SELECT cooperative_id, price_minor, price_currency, stock FROM taawon_product WHERE sku = ?";
    private static final String SELECT_CART = "SELECT id FROM taawon_cart WHERE cart_id = ?";
    private static final String SELECT_ORDER = "SELECT 1 FROM taawon_order WHERE order_id = ?";
    private static final String TAKE = "UPDATE taawon_product SET stock = stock - ?, version = version + 1 WHERE sku = ? AND stock >= ?";
    private static final String INSERT_CART = "INSERT INTO taawon_cart (id, cart_id, version) VALUES (?, ?, 0)";
    private static final String INSERT_CART_LINE = "INSERT INTO taawon_cart_line (id, cart_pk, line_no, sku, quantity, version)"
            + " VALUES (?, ?, ?, ?, ?, 0)";
    private static final String INSERT_ORDER = "INSERT INTO taawon_order (id, order_id, currency, placed_at, discount_minor,"
            + " discount_currency, status, payment_reference, status_changed_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING_PAYMENT', NULL, ?, 0)";
    private static final String INSERT_SUB_ORDER = "INSERT INTO taawon_sub_order (id, order_pk, line_no, cooperative_id,"
            + " subtotal_minor, subtotal_currency, shipping_minor, shipping_currency, fulfilment, shipped_at, delivered_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_SHIPMENT', NULL, NULL)";
    private static final String INSERT_LINE = "INSERT INTO taawon_order_line (id, order_pk, line_index, sku, cooperative_id,"
            + " unit_price_minor, unit_price_currency, quantity, discount_minor, discount_currency, refunded_units)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String DELETE_CART_LINES = "DELETE FROM taawon_cart_line WHERE cart_pk = ?";
    private static final String DELETE_CART = "DELETE FROM taawon_cart WHERE id = ?";

    private final DataSource dataSource;
    private final PooledIds cartIds;
    private final PooledIds cartLineIds;
    private final PooledIds orderIds;
    private final PooledIds subOrderIds;
    private final PooledIds lineIds;
    private final String currency = CheckoutWorkload.MAD.getCurrencyCode();

    PlainJdbcCheckout(DataSource dataSource, CheckoutDatabase database) {
        this.dataSource = dataSource;
        this.cartIds = new PooledIds(database.nextValue("taawon_cart_seq"));
        this.cartLineIds = new PooledIds(database.nextValue("taawon_cart_line_seq"));
        this.orderIds = new PooledIds(database.nextValue("taawon_order_seq"));
        this.subOrderIds = new PooledIds(database.nextValue("taawon_sub_order_seq"));
        this.lineIds = new PooledIds(database.nextValue("taawon_order_line_seq"));
    }

    /** Order number {@code order} of the workload, in one transaction. */
    void checkOut(long order) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                checkOut(c, order);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checkout of order " + order + " failed: " + e.getMessage(), e);
        }
    }

    private void checkOut(Connection c, long order) throws SQLException {
        String cartId = "cart-" + order;
        String orderId = "o-" + order;
        // Putting the products in the cart: each product is read once, the cart looked up once.
        String[] sku = new String[LINES_PER_ORDER];
        String[] cooperative = new String[LINES_PER_ORDER];
        long[] price = new long[LINES_PER_ORDER];
        long[] quantity = new long[LINES_PER_ORDER];
        try (PreparedStatement s = c.prepareStatement(SELECT_PRODUCT)) {
            for (int p = 0; p < LINES_PER_ORDER; p++) {
                sku[p] = CheckoutWorkload.sku(p).value();
                quantity[p] = CheckoutWorkload.quantity(order, p);
                s.setString(1, sku[p]);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no product " + sku[p]);
                    }
                    cooperative[p] = r.getString(1);
                    price[p] = r.getLong(2);
                    if (!currency.equals(r.getString(3).trim()) || r.getLong(4) < quantity[p]) {
                        throw new IllegalStateException("cannot sell " + quantity[p] + " of " + sku[p]);
                    }
                }
                if (p == 0 && exists(c, SELECT_CART, cartId)) {
                    throw new IllegalStateException("cart " + cartId + " is already open");
                }
            }
        }
        // Checkout.
        if (exists(c, SELECT_ORDER, orderId)) {
            throw new IllegalStateException("order " + orderId + " exists");
        }
        try (PreparedStatement s = c.prepareStatement(TAKE)) {
            for (int p = 0; p < LINES_PER_ORDER; p++) {
                s.setLong(1, quantity[p]);
                s.setString(2, sku[p]);
                s.setLong(3, quantity[p]);
                s.addBatch();
            }
            for (int n : s.executeBatch()) {
                if (n != 1) {
                    throw new IllegalStateException("stock ran out during checkout of " + orderId);
                }
            }
        }
        long cartPk = cartIds.next(c);
        try (PreparedStatement s = c.prepareStatement(INSERT_CART)) {
            s.setLong(1, cartPk);
            s.setString(2, cartId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_CART_LINE)) {
            for (int p = 0; p < LINES_PER_ORDER; p++) {
                s.setLong(1, cartLineIds.next(c));
                s.setLong(2, cartPk);
                s.setInt(3, p);
                s.setString(4, sku[p]);
                s.setLong(5, quantity[p]);
                s.addBatch();
            }
            s.executeBatch();
        }
        long orderPk = orderIds.next(c);
        long at = CheckoutWorkload.at(order).getEpochSecond() * 1_000_000_000L;
        long discount = CheckoutWorkload.discount(order);
        try (PreparedStatement s = c.prepareStatement(INSERT_ORDER)) {
            s.setLong(1, orderPk);
            s.setString(2, orderId);
            s.setString(3, currency);
            s.setLong(4, at);
            s.setLong(5, discount);
            s.setString(6, currency);
            s.setLong(7, at);
            s.executeUpdate();
        }
        long[] gross = new long[LINES_PER_ORDER];
        long[] lineDiscount = new long[LINES_PER_ORDER];
        for (int p = 0; p < LINES_PER_ORDER; p++) {
            gross[p] = Math.multiplyExact(price[p], quantity[p]);
        }
        PlainLongs.largestRemainder(discount, gross, lineDiscount);
        // Sub-orders in the order their cooperatives first appear among the lines.
        String[] subCooperative = new String[COOPERATIVES];
        long[] subtotal = new long[COOPERATIVES];
        int subOrders = 0;
        for (int p = 0; p < LINES_PER_ORDER; p++) {
            int i = 0;
            while (i < subOrders && !subCooperative[i].equals(cooperative[p])) {
                i++;
            }
            if (i == subOrders) {
                subCooperative[subOrders++] = cooperative[p];
            }
            subtotal[i] += gross[p] - lineDiscount[p];
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_LINE)) {
            for (int p = 0; p < LINES_PER_ORDER; p++) {
                s.setLong(1, lineIds.next(c));
                s.setLong(2, orderPk);
                s.setInt(3, p);
                s.setString(4, sku[p]);
                s.setString(5, cooperative[p]);
                s.setLong(6, price[p]);
                s.setString(7, currency);
                s.setLong(8, quantity[p]);
                s.setLong(9, lineDiscount[p]);
                s.setString(10, currency);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_SUB_ORDER)) {
            for (int i = 0; i < subOrders; i++) {
                s.setLong(1, subOrderIds.next(c));
                s.setLong(2, orderPk);
                s.setInt(3, i);
                s.setString(4, subCooperative[i]);
                s.setLong(5, subtotal[i]);
                s.setString(6, currency);
                s.setLong(7, subCooperative[i].equals(CheckoutWorkload.cooperative(0).value())
                        ? CheckoutWorkload.SHIPPING_OF_FIRST_COOPERATIVE : 0);
                s.setString(8, currency);
                s.addBatch();
            }
            s.executeBatch();
        }
        // The cart is gone once checked out.
        try (PreparedStatement s = c.prepareStatement(DELETE_CART_LINES)) {
            s.setLong(1, cartPk);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(DELETE_CART)) {
            s.setLong(1, cartPk);
            s.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Ids drawn from a sequence that steps by 50, a block at a time, as Hibernate's pooled optimizer
     * draws them (a fresh sequence's first value, 1, is the low end of the first block).
     */
    private static final class PooledIds {
        private static final int BLOCK = 50;
        private final String nextValue;
        private long next;
        private long high;
        private boolean started;

        PooledIds(String nextValue) {
            this.nextValue = nextValue;
        }

        long next(Connection c) throws SQLException {
            if (!started) {
                long value = draw(c);
                if (value == 1) {
                    next = value;
                    high = draw(c);
                } else {
                    high = value;
                    next = value - (BLOCK - 1);
                }
                started = true;
            } else if (next > high) {
                high = draw(c);
                next = high - (BLOCK - 1);
            }
            return next++;
        }

        private long draw(Connection c) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(nextValue); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
