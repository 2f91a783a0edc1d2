package org.taawon.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.ARGAN;
import static org.taawon.persistence.Fixtures.RUGS;
import static org.taawon.persistence.Fixtures.T0;

import java.time.Duration;
import java.util.List;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.Orders;
import org.taawon.core.order.RefundRequest;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.Fixtures;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link Orders} contract, on every adapter. */
class OrdersContractTest {

    private static void assertSame(Order actual, Order expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    @OnEveryAdapter
    void an_added_order_is_found_as_it_was_placed(Adapter adapter) {
        Orders orders = adapter.open().orders();
        Order order = Fixtures.order("o-1", T0);

        orders.add(order);

        assertThat(orders.exists(OrderId.of("o-1"))).isTrue();
        assertThat(orders.exists(OrderId.of("o-2"))).isFalse();
        assertSame(orders.get(OrderId.of("o-1")), order);
        assertSame(orders.findForUpdate(OrderId.of("o-1")).orElseThrow(), order);
    }

    @OnEveryAdapter
    void a_second_order_with_the_same_id_is_refused(Adapter adapter) {
        Orders orders = adapter.open().orders();
        orders.add(Fixtures.order("o-1", T0));

        assertThatThrownBy(() -> orders.add(Fixtures.order("o-1", T0.plusSeconds(60))))
                .isInstanceOf(OrderRejectedException.class)
                .satisfies(e -> assertThat(((OrderRejectedException) e).rejection()).isEqualTo(OrderRejection.DUPLICATE_ORDER));
        assertThat(orders.get(OrderId.of("o-1")).placedAt()).isEqualTo(T0);
    }

    @OnEveryAdapter
    void payment_fulfilment_and_refunds_are_kept_by_update(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Orders orders = ports.orders();
        orders.add(Fixtures.order("o-1", T0));

        Order changed = ports.transactions().inTransaction(() -> {
            Order order = orders.findForUpdate(OrderId.of("o-1")).orElseThrow();
            order.markPaid("pay_1", T0.plusSeconds(5));
            order.markShipped(RUGS, T0.plus(Duration.ofDays(1)));
            order.markDelivered(RUGS, T0.plus(Duration.ofDays(3)));
            order.refund(List.of(new RefundRequest.Line(0, 1), new RefundRequest.Line(2, 2)), true, T0.plus(Duration.ofDays(4)));
            orders.update(order);
            return order;
        });
        Order refundedAgain = orders.get(OrderId.of("o-1"));
        refundedAgain.refund(List.of(new RefundRequest.Line(2, 1)), false, T0.plus(Duration.ofDays(5)));
        orders.update(refundedAgain);

        assertThat(changed.refunds()).hasSize(1);
        assertSame(orders.get(OrderId.of("o-1")), refundedAgain);
        assertThat(orders.get(OrderId.of("o-1")).refunds()).hasSize(2);
    }

    @OnEveryAdapter
    void updating_an_order_never_added_is_refused(Adapter adapter) {
        Orders orders = adapter.open().orders();

        assertThatThrownBy(() -> orders.update(Fixtures.order("ghost", T0)))
                .satisfies(e -> assertThat(((OrderRejectedException) e).rejection()).isEqualTo(OrderRejection.UNKNOWN_ORDER));
        assertThat(orders.find(OrderId.of("ghost"))).isEmpty();
    }

    @OnEveryAdapter
    void orders_of_a_cooperative_come_oldest_first(Adapter adapter) {
        Orders orders = adapter.open().orders();
        orders.add(Fixtures.order("o-1", T0));
        orders.add(Fixtures.order("o-2", T0.plusSeconds(1)));

        assertThat(orders.forCooperative(ARGAN)).extracting(o -> o.id().value()).containsExactly("o-1", "o-2");
        assertThat(orders.forCooperative(CooperativeId.of("coop-none"))).isEmpty();
    }
}
