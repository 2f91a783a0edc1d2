package org.taawon.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.taawon.core.order.Order;
import org.taawon.core.order.RefundRequest;
import org.taawon.persistence.Fixtures;
import org.taawon.persistence.support.MoneyEmbeddable;

class OrderEntityMapperTest {

    private final OrderEntityMapper mapper = OrderEntityMapper.MAPPER;

    @Test
    void a_placed_order_survives_the_round_trip() {
        Order order = Fixtures.order("o-1", Fixtures.T0);

        assertThat(mapper.toDomain(mapper.toEntity(order))).usingRecursiveComparison().isEqualTo(order);
    }

    @Test
    void a_paid_shipped_and_refunded_order_survives_the_round_trip() {
        Order order = Fixtures.order("o-1", Fixtures.T0);
        OrderEntity entity = mapper.toEntity(order);
        order.markPaid("pay_1", Fixtures.T0.plusSeconds(1));
        order.markShipped(Fixtures.ARGAN, Fixtures.T0.plus(Duration.ofDays(1)));
        order.refund(List.of(new RefundRequest.Line(1, 1), new RefundRequest.Line(0, 1)), true, Fixtures.T0.plus(Duration.ofDays(2)));
        order.refund(List.of(new RefundRequest.Line(0, 1)), false, Fixtures.T0.plus(Duration.ofDays(3)));

        mapper.update(order, entity);

        assertThat(mapper.toDomain(entity)).usingRecursiveComparison().isEqualTo(order);
        assertThat(entity.getRefunds().get(0).getLines()).allSatisfy(line -> assertThat(line.getRefund()).isSameAs(entity.getRefunds().get(0)));
    }

    @Test
    void rows_whose_lines_and_sub_orders_disagree_are_refused_on_load() {
        OrderEntity entity = mapper.toEntity(Fixtures.order("o-1", Fixtures.T0));
        entity.getSubOrders().get(0).setSubtotal(new MoneyEmbeddable(1, "MAD"));

        assertThatThrownBy(() -> mapper.toDomain(entity)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subtotal");
    }
}
