package org.taawon.core.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;

/**
 * Use case: an unpaid order is given up (the customer or the operator cancels it, its payment failed,
 * or it expired): its stock goes back. It never earned anything, so the ledger has nothing to undo.
 * Refused for an order already cancelled ({@code ORDER_CANCELLED}) or paid ({@code ALREADY_PAID}: a
 * paid order is refunded instead).
 */
public final class CancelOrder {

    private final Orders orders;
    private final Products products;
    private final OrderEvents events;

    public CancelOrder(Orders orders, Products products, OrderEvents events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.products = Objects.requireNonNull(products, "products");
        this.events = Objects.requireNonNull(events, "events");
    }

    public Order cancel(OrderId id, Instant at) {
        Order order = orders.findForUpdate(id)
                .orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + id));
        order.cancel(at);
        Map<Sku, Long> units = new LinkedHashMap<>();
        order.lines().forEach(l -> units.merge(l.sku(), l.quantity(), Long::sum));
        products.returnStock(units);
        orders.update(order);
        events.orderCancelled(new OrderCancelled(order, at));
        return order;
    }
}
