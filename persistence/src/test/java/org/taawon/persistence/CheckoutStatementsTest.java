package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PlaceOrder;

/**
 * A checkout costs a fixed number of statements, not one per row: a 10-line order over 4 cooperatives
 * (10 product reads, 10 conditional stock updates, 4 cooperative reads, 2 existence checks, inserts in
 * batches, sequence calls at most once per table) stays within {@value #BOUND} prepared statements.
 */
class CheckoutStatementsTest {

    static final long BOUND = 36;

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
}
