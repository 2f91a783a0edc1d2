package org.taawon.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.ARGAN;
import static org.taawon.persistence.Fixtures.RUGS;
import static org.taawon.persistence.Fixtures.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentMethod;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.order.SubOrder;
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

    /** {@code order}, to be paid cash on delivery, with {@code paidParts} of its parts delivered and paid at {@code paidAt}. */
    private static Order cashOnDelivery(Order order, int paidParts, Instant paidAt) {
        List<SubOrder> parts = new ArrayList<>();
        for (SubOrder sub : order.subOrders()) {
            parts.add(new SubOrder(sub.cooperative(), sub.subtotal(), sub.shipping(), sub.fulfilment(), sub.shippedAt(),
                    sub.deliveredAt(), parts.size() < paidParts ? Optional.of(paidAt) : Optional.empty()));
        }
        return new Order(order.id(), order.currency(), order.placedAt(), order.discount(), PaymentMethod.CASH_ON_DELIVERY,
                order.lines(), parts, order.refunds(), order.status(), order.paymentReference(), order.statusChangedAt());
    }

    @OnEveryAdapter
    void awaiting_payment_lists_unpaid_card_orders_placed_at_or_before_the_instant_oldest_first_up_to_the_limit(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Orders orders = ports.orders();
        Duration minute = Duration.ofMinutes(1);
        // Added out of checkout order, so that the order of the answer is the query's own.
        orders.add(Fixtures.order("o-late", T0.plus(minute.multipliedBy(3))));
        orders.add(Fixtures.order("o-3", T0.plus(minute.multipliedBy(2))));
        orders.add(Fixtures.order("o-1", T0));
        orders.add(Fixtures.order("o-2", T0.plus(minute)));
        orders.add(Fixtures.order("o-paid", T0.plusSeconds(10)));
        orders.add(Fixtures.order("o-cancelled", T0.plusSeconds(20)));
        orders.add(cashOnDelivery(Fixtures.order("o-cod", T0.plusSeconds(30)), 0, T0));
        ports.transactions().inTransaction(() -> {
            Order paid = orders.findForUpdate(OrderId.of("o-paid")).orElseThrow();
            paid.markPaid("pay_1", T0.plusSeconds(15));
            orders.update(paid);
            Order cancelled = orders.findForUpdate(OrderId.of("o-cancelled")).orElseThrow();
            cancelled.cancel(T0.plusSeconds(25));
            orders.update(cancelled);
        });
        Instant cutOff = T0.plus(minute.multipliedBy(2));

        List<OrderId> due = ports.transactions().inTransaction(() -> orders.awaitingPayment(cutOff, 10));
        List<OrderId> firstTwo = ports.transactions().inTransaction(() -> orders.awaitingPayment(cutOff, 2));
        List<OrderId> beforeAll = ports.transactions().inTransaction(() -> orders.awaitingPayment(T0.minusNanos(1), 10));
        List<OrderId> exactlyTheFirst = ports.transactions().inTransaction(() -> orders.awaitingPayment(T0, 10));

        assertThat(due).extracting(OrderId::value).containsExactly("o-1", "o-2", "o-3");
        assertThat(firstTwo).extracting(OrderId::value).containsExactly("o-1", "o-2");
        assertThat(beforeAll).isEmpty();
        assertThat(exactlyTheFirst).extracting(OrderId::value).containsExactly("o-1");
    }

    @OnEveryAdapter
    void the_payment_method_and_each_part_s_payment_time_are_kept(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Orders orders = ports.orders();
        Instant paidAt = T0.plusSeconds(42).plusNanos(7);
        Instant delivered = T0.plus(Duration.ofDays(2)).plusNanos(1);
        Order card = Fixtures.order("o-card", T0);
        Order cod = cashOnDelivery(Fixtures.order("o-cod", T0), 1, delivered);
        orders.add(card);
        orders.add(cod);

        Order unpaid = orders.get(OrderId.of("o-card"));
        Order paid = ports.transactions().inTransaction(() -> {
            Order order = orders.findForUpdate(OrderId.of("o-card")).orElseThrow();
            order.markPaid("pay_1", paidAt);
            orders.update(order);
            return order;
        });

        assertThat(unpaid.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(unpaid.paidAt()).isEmpty();
        assertThat(unpaid.subOrders()).allSatisfy(sub -> assertThat(sub.paidAt()).isEmpty());
        Order cardAgain = orders.get(OrderId.of("o-card"));
        assertSame(cardAgain, paid);
        assertThat(cardAgain.paidAt()).contains(paidAt);
        assertThat(cardAgain.subOrders()).hasSize(2).allSatisfy(sub -> assertThat(sub.paidAt()).contains(paidAt));
        Order codAgain = orders.get(OrderId.of("o-cod"));
        assertSame(codAgain, cod);
        assertThat(codAgain.method()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
        assertThat(codAgain.subOrders()).extracting(SubOrder::paidAt).containsExactly(Optional.of(delivered), Optional.empty());
        assertThat(codAgain.paidAt()).contains(delivered);
    }
}
