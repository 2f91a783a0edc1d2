package org.taawon.examples.shop.storefront;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.taawon.core.order.OrderId;

/**
 * The delivery address of each order. The library keeps money and goods, not addresses, so the host
 * keeps them; in memory here, like the library's stores.
 */
@Component
public class DeliveryAddresses {

    private final ConcurrentHashMap<OrderId, Delivery> byOrder = new ConcurrentHashMap<>();

    public void save(OrderId order, Delivery delivery) {
        byOrder.put(order, delivery);
    }

    public Optional<Delivery> find(OrderId order) {
        return Optional.ofNullable(byOrder.get(order));
    }
}
