package org.taawon.core.order;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;

/**
 * Use case: refund units of an order's lines (SETTLEMENT.md §4), optionally putting them back into
 * stock. The amounts are exact: refunding every unit of a line, in any number of steps, returns its
 * net amount. The ledger hears of it through {@link OrderEvents#linesRefunded}.
 */
public final class RefundLines {

    private final Orders orders;
    private final Products products;
    private final OrderEvents events;

    public RefundLines(Orders orders, Products products, OrderEvents events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.products = Objects.requireNonNull(products, "products");
        this.events = Objects.requireNonNull(events, "events");
    }

    public Refund refund(RefundRequest request) {
        Order order = orders.findForUpdate(request.orderId())
                .orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + request.orderId()));
        Refund refund = order.refund(request.lines(), request.restock(), request.at());
        if (refund.restock()) {
            Map<Sku, Long> units = new LinkedHashMap<>();
            refund.lines().forEach(l -> units.merge(l.sku(), l.units(), Long::sum));
            products.returnStock(units);
        }
        orders.update(order);
        events.linesRefunded(new LinesRefunded(order, refund));
        return refund;
    }
}
