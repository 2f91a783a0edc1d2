package org.taawon.examples.shop.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.order.Order;
import org.taawon.core.order.Orders;
import org.taawon.core.order.SubOrder;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.storefront.Delivery;
import org.taawon.examples.shop.storefront.DeliveryAddresses;
import org.taawon.examples.shop.storefront.OrderViews;
import org.taawon.examples.shop.web.Languages;

/** Names and parcels for the dashboard's pages, always for one cooperative. */
@Component
public class DashboardViews {

    private final Orders orders;
    private final OrderViews orderViews;
    private final DeliveryAddresses addresses;
    private final Showcase showcase;
    private final StatementLabels labels;

    public DashboardViews(Orders orders, OrderViews orderViews, DeliveryAddresses addresses, Showcase showcase,
                          StatementLabels labels) {
        this.orders = orders;
        this.orderViews = orderViews;
        this.addresses = addresses;
        this.showcase = showcase;
        this.labels = labels;
    }

    public String name(CooperativeId cooperative) {
        return showcase.cooperativeName(cooperative, Languages.current());
    }

    public String product(String sku) {
        return sku.isEmpty() ? "" : showcase.productName(Sku.of(sku), Languages.current());
    }

    public String text(String key, String language) {
        return labels.text(key, language);
    }

    /** The cooperative's paid parcels not yet shipped, oldest first. */
    public List<DashboardController.ParcelView> toShip(CooperativeId cooperative) {
        return orders.forCooperative(cooperative).stream()
                .filter(o -> DashboardController.awaitsShipment(o, o.subOrder(cooperative).orElseThrow()))
                .map(o -> parcel(o, cooperative))
                .toList();
    }

    public DashboardController.ParcelView parcel(Order order, CooperativeId cooperative) {
        SubOrder sub = order.subOrder(cooperative).orElseThrow();
        OrderViews.OrderView view = orderViews.of(order);
        List<OrderViews.Line> lines = view.lines().stream()
                .filter(l -> l.line().cooperative().equals(cooperative)).toList();
        String stateKey = view.parcels().stream().filter(p -> p.subOrder().cooperative().equals(cooperative))
                .findFirst().orElseThrow().stateKey();
        return new DashboardController.ParcelView(order, sub, lines,
                addresses.find(order.id()).orElse(new Delivery("", "", "", "")),
                DashboardController.awaitsShipment(order, sub), view.statusKey(), stateKey);
    }
}
