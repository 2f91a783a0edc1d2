package org.taawon.examples.shop.storefront;

import java.util.List;

import org.springframework.stereotype.Component;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.SubOrder;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.web.Languages;

/** An order as its pages show it: product and cooperative names in the page's language, amounts from the order. */
@Component
public class OrderViews {

    private final Showcase showcase;

    public OrderViews(Showcase showcase) {
        this.showcase = showcase;
    }

    public OrderView of(Order order) {
        String language = Languages.current();
        List<Line> lines = order.lines().stream()
                .map(l -> new Line(l, showcase.productName(l.sku(), language), showcase.cooperativeName(l.cooperative(), language)))
                .toList();
        List<Parcel> parcels = order.subOrders().stream()
                .map(s -> new Parcel(s, showcase.cooperativeName(s.cooperative(), language)))
                .toList();
        return new OrderView(order, lines, parcels);
    }

    /** An order with its names resolved. */
    public record OrderView(Order order, List<Line> lines, List<Parcel> parcels) {

        public String id() {
            return order.id().value();
        }

        public Money total() {
            return order.total();
        }
    }

    /** An order line with its product's and cooperative's names. */
    public record Line(OrderLine line, String product, String cooperative) {
    }

    /** A cooperative's parcel of the order. */
    public record Parcel(SubOrder subOrder, String cooperative) {
    }
}
