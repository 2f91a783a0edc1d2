package org.taawon.persistence.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundedLine;
import org.taawon.core.order.SubOrder;
import org.taawon.persistence.support.CommonMappings;
import org.taawon.persistence.support.EntityMappingConfig;
import org.taawon.persistence.support.EpochNanos;

/**
 * {@link Order} to and from its rows. The order is rebuilt through its full constructor, which checks
 * that lines, sub-orders and refunds agree; its parts, records, are generated.
 */
@Mapper(config = EntityMappingConfig.class)
interface OrderEntityMapper {

    OrderEntityMapper MAPPER = new GeneratedOrderEntityMapper();

    CommonMappings COMMON = new CommonMappings();

    OrderLine toDomain(OrderLineEntity entity);

    SubOrder toDomain(SubOrderEntity entity);

    Refund toDomain(RefundEntity entity);

    RefundedLine toDomain(RefundedLineEntity entity);

    @Mapping(target = "order", ignore = true)
    OrderLineEntity toEntity(OrderLine line);

    @Mapping(target = "order", ignore = true)
    @Mapping(target = "lineNo", ignore = true)
    SubOrderEntity toEntity(SubOrder subOrder);

    @Mapping(target = "order", ignore = true)
    RefundEntity toEntity(Refund refund);

    @Mapping(target = "refund", ignore = true)
    RefundedLineEntity toEntity(RefundedLine line);

    /** Only what can change after checkout: payment, fulfilment and their instants. */
    @Mapping(target = "order", ignore = true)
    @Mapping(target = "lineNo", ignore = true)
    @Mapping(target = "cooperative", ignore = true)
    @Mapping(target = "subtotal", ignore = true)
    @Mapping(target = "shipping", ignore = true)
    void update(SubOrder subOrder, @MappingTarget SubOrderEntity entity);

    @AfterMapping
    default void linkLines(@MappingTarget RefundEntity refund) {
        refund.getLines().forEach(line -> line.setRefund(refund));
    }

    default Order toDomain(OrderEntity entity) {
        List<OrderLine> lines = new ArrayList<>(entity.getLines().size());
        entity.getLines().forEach(line -> lines.add(toDomain(line)));
        List<SubOrder> subOrders = new ArrayList<>(entity.getSubOrders().size());
        entity.getSubOrders().forEach(sub -> subOrders.add(toDomain(sub)));
        List<Refund> refunds = new ArrayList<>(entity.getRefunds().size());
        entity.getRefunds().forEach(refund -> refunds.add(toDomain(refund)));
        return new Order(OrderId.of(entity.getOrderId()), COMMON.currency(entity.getCurrency()),
                EpochNanos.toInstant(entity.getPlacedAt()), COMMON.money(entity.getDiscount()), entity.getPaymentMethod(),
                lines, subOrders, refunds,
                entity.getStatus(), Optional.ofNullable(entity.getPaymentReference()),
                EpochNanos.toInstant(entity.getStatusChangedAt()));
    }

    default OrderEntity toEntity(Order order) {
        OrderEntity entity = new OrderEntity();
        entity.setOrderId(order.id().value());
        entity.setCurrency(order.currency().getCurrencyCode());
        entity.setPlacedAt(EpochNanos.of(order.placedAt()));
        entity.setDiscount(COMMON.money(order.discount()));
        entity.setPaymentMethod(order.method());
        for (OrderLine line : order.lines()) {
            OrderLineEntity row = toEntity(line);
            row.setOrder(entity);
            entity.getLines().add(row);
        }
        List<SubOrder> subOrders = order.subOrders();
        for (int i = 0; i < subOrders.size(); i++) {
            SubOrderEntity row = toEntity(subOrders.get(i));
            row.setOrder(entity);
            row.setLineNo(i);
            entity.getSubOrders().add(row);
        }
        update(order, entity);
        return entity;
    }

    /**
     * Copies what an order's verbs change (status, payment, fulfilment, refunded units, new refunds)
     * onto its rows; what checkout froze is left alone.
     */
    default void update(Order order, OrderEntity entity) {
        entity.setStatus(order.status());
        entity.setPaymentReference(order.paymentReference().orElse(null));
        entity.setStatusChangedAt(EpochNanos.of(order.statusChangedAt()));
        List<OrderLine> lines = order.lines();
        List<SubOrder> subOrders = order.subOrders();
        List<Refund> refunds = order.refunds();
        if (lines.size() != entity.getLines().size() || subOrders.size() != entity.getSubOrders().size()
                || refunds.size() < entity.getRefunds().size()) {
            throw new IllegalStateException("order " + order.id() + " no longer matches its stored lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            entity.getLines().get(i).setRefundedUnits(lines.get(i).refundedUnits());
        }
        for (int i = 0; i < subOrders.size(); i++) {
            update(subOrders.get(i), entity.getSubOrders().get(i));
        }
        for (int i = entity.getRefunds().size(); i < refunds.size(); i++) {
            RefundEntity row = toEntity(refunds.get(i));
            row.setOrder(entity);
            entity.getRefunds().add(row);
        }
    }

}
