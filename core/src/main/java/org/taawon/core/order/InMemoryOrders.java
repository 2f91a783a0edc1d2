package org.taawon.core.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;

/** {@link Orders} in memory, in placement order. Thread-safe. */
public final class InMemoryOrders implements Orders {

    private final LinkedHashMap<OrderId, Order> byId = new LinkedHashMap<>();

    @Override
    public synchronized boolean exists(OrderId id) {
        return byId.containsKey(id);
    }

    @Override
    public synchronized Optional<Order> find(OrderId id) {
        return Optional.ofNullable(byId.get(id)).map(Order::copy);
    }

    @Override
    public synchronized void add(Order order) {
        if (byId.containsKey(order.id())) {
            throw new OrderRejectedException(OrderRejection.DUPLICATE_ORDER, "order " + order.id() + " exists");
        }
        byId.put(order.id(), order.copy());
    }

    @Override
    public synchronized void update(Order order) {
        if (!byId.containsKey(order.id())) {
            throw new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + order.id());
        }
        byId.put(order.id(), order.copy());
    }

    @Override
    public synchronized List<OrderId> awaitingPayment(Instant placedAtOrBefore, int limit) {
        List<Order> due = new ArrayList<>();
        for (Order order : byId.values()) {
            if (order.status() == OrderStatus.PENDING_PAYMENT && order.method() == PaymentMethod.CARD
                    && !order.placedAt().isAfter(placedAtOrBefore)) {
                due.add(order);
            }
        }
        due.sort(Comparator.comparing(Order::placedAt));
        return due.stream().limit(limit).map(Order::id).toList();
    }

    @Override
    public synchronized List<Order> forCooperative(CooperativeId cooperative) {
        List<Order> result = new ArrayList<>();
        for (Order order : byId.values()) {
            if (order.subOrder(cooperative).isPresent()) {
                result.add(order.copy());
            }
        }
        return result;
    }
}
