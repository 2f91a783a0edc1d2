package org.taawon.examples.shop.storefront;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.examples.shop.web.NotFoundException;

/** The orders a browser may see: those placed in its own session. Any other order number answers 404. */
@Component
public class ShopperOrders {

    private final Orders orders;

    public ShopperOrders(Orders orders) {
        this.orders = orders;
    }

    public Order own(String orderId, HttpSession session) {
        OrderId id;
        try {
            id = OrderId.of(orderId);
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("order " + orderId);
        }
        if (!ShopperSession.placed(session, id)) {
            throw new NotFoundException("order " + orderId);
        }
        return orders.find(id).orElseThrow(() -> new NotFoundException("order " + orderId));
    }
}
