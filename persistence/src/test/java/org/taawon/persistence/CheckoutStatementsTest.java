package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.taawon.core.cart.AddToCart;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.order.CheckOutCart;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Order;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundRequest;

/**
 * A checkout costs a fixed number of statements, not one per row. It takes the stock and writes the
 * order, and books nothing until the order is paid: a 10-line order over 4 cooperatives costs 10
 * prepared statements on each database, plus at most one call per sequence (order, line, sub-order),
 * 3, when a pooled block of ids runs out, so it stays within {@value #BOUND}.
 */
class CheckoutStatementsTest {

    static final long BOUND = 13;

    @OnEveryDatabase
    void a_ten_line_order_over_four_cooperatives_is_checked_out_in_a_bounded_number_of_statements(TestDatabase database) {
        TaawonStore store = database.store();
        store.clear();
        Shop shop = new Shop(store);
        shop.cooperatives(4);
        List<CartLine> lines = new ArrayList<>();
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < 10; i++) {
                store.products().save(Fixtures.product("SKU-" + i, CooperativeId.of("coop-" + (i % 4)), 1000 + i, 100));
                lines.add(CartLine.of("SKU-" + i, 1 + i % 3));
            }
        });
        PlaceOrder placeOrder = shop.placeOrder();
        Map<CooperativeId, org.taawon.core.money.Money> shipping = Map.of(CooperativeId.of("coop-2"), Fixtures.mad(3000));
        store.transactions().inTransaction(() -> placeOrder.place(
                new CheckoutRequest(OrderId.of("warm-up"), lines, Fixtures.mad(700), shipping, Fixtures.T0)));
        Statistics statistics = store.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        store.transactions().inTransaction(() -> placeOrder.place(
                new CheckoutRequest(OrderId.of("measured"), lines, Fixtures.mad(700), shipping, Fixtures.T0)));

        long statements = statistics.getPrepareStatementCount();
        System.out.printf("checkout of 10 lines over 4 cooperatives on %s: %d prepared statements (%d entity inserts,"
                + " %d queries)%n", database, statements, statistics.getEntityInsertCount(), statistics.getQueryExecutionCount());
        assertThat(statements).isLessThanOrEqualTo(BOUND);
        assertThat(store.orders().get(OrderId.of("measured")).lines()).hasSize(10);
    }

    /**
     * Five products put into a new cart and the cart checked out, all in one transaction: the cart is
     * read once (and found missing), its lines go in one batch, and the stock moves in one batch outside
     * Hibernate's count. 5 product reads, 1 cart read, 1 existence check, 5 batched inserts (cart, cart
     * lines, order, lines, sub-orders), 2 batched deletes: 14, plus at most one call per sequence.
     */
    @OnEveryDatabase
    void a_cart_filled_and_checked_out_in_one_transaction_is_read_once_and_written_in_batches(TestDatabase database) {
        TaawonStore store = database.store();
        store.clear();
        new Shop(store).cooperatives(3);
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < 5; i++) {
                store.products().save(Fixtures.product("SKU-" + i, CooperativeId.of("coop-" + (i % 3)), 1000 + i, 100));
            }
        });
        PlaceOrder placeOrder = new PlaceOrder(store.products(), store.orders(), OrderEvents.NONE, Fixtures.MAD);
        AddToCart addToCart = new AddToCart(store.carts(), store.products());
        CheckOutCart checkOutCart = new CheckOutCart(store.carts(), placeOrder);
        Runnable[] checkout = new Runnable[2];
        for (int n = 0; n < 2; n++) {
            CartId cart = CartId.of("cart-" + n);
            OrderId order = OrderId.of("o-" + n);
            checkout[n] = () -> store.transactions().inTransaction(() -> {
                for (int i = 0; i < 5; i++) {
                    addToCart.add(cart, Sku.of("SKU-" + i), 1 + i % 2);
                }
                checkOutCart.checkOut(cart, order, Fixtures.mad(0), Map.of(), Fixtures.T0);
            });
        }
        checkout[0].run();
        Statistics statistics = store.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        checkout[1].run();

        System.out.printf("5 products into a cart and checked out on %s: %d prepared statements, %d of them queries%n",
                database, statistics.getPrepareStatementCount(), statistics.getQueryExecutionCount());
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(14 + 5);
        assertThat(store.carts().find(CartId.of("cart-1"))).isEmpty();
        assertThat(store.orders().get(OrderId.of("o-1")).lines()).hasSize(5);
        assertThat(store.products().get(Sku.of("SKU-4")).stock()).isEqualTo(98);
    }

    @OnEveryDatabase
    void reading_many_orders_costs_a_query_per_table_not_one_per_order(TestDatabase database) {
        TaawonStore store = database.store();
        store.clear();
        Shop shop = new Shop(store);
        shop.cooperatives(4);
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < 10; i++) {
                store.products().save(Fixtures.product("SKU-" + i, CooperativeId.of("coop-" + (i % 4)), 1000 + i, 1000));
            }
        });
        PlaceOrder placeOrder = shop.placeOrder();
        for (int n = 0; n < 20; n++) {
            List<CartLine> lines = new ArrayList<>(List.of(CartLine.of("SKU-0", 1)));
            for (int i = 1 + n % 3; i < 10; i += 2) {
                lines.add(CartLine.of("SKU-" + i, 1));
            }
            CheckoutRequest request = new CheckoutRequest(OrderId.of("o-" + n), lines, Fixtures.mad(0), Map.of(), Fixtures.T0);
            store.transactions().inTransaction(() -> {
                placeOrder.place(request);
                Order order = store.orders().findForUpdate(request.orderId()).orElseThrow();
                order.markPaid("pay-" + request.orderId(), Fixtures.T0);
                order.refund(List.of(new RefundRequest.Line(0, 1)), false, Fixtures.T0.plusSeconds(60));
                store.orders().update(order);
            });
        }
        Statistics statistics = store.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        int orders = store.orders().forCooperative(CooperativeId.of("coop-0")).size();

        System.out.printf("20 orders with their lines, sub-orders and refunds read on %s: %d prepared statements%n", database,
                statistics.getPrepareStatementCount());
        assertThat(orders).isEqualTo(20);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(5);
    }
}
