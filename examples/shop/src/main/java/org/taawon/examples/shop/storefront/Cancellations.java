package org.taawon.examples.shop.storefront;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;

/**
 * Gives up an unpaid order now, through the library's {@link CancelOrder}: its stock comes back and it
 * can no longer be paid. The shopper's order page and the back office both cancel through here; the
 * library refuses an order already cancelled or paid (a paid order is refunded instead).
 */
@Component
public class Cancellations {

    private final CancelOrder cancelOrder;
    private final Clock clock;

    public Cancellations(CancelOrder cancelOrder, Clock clock) {
        this.cancelOrder = cancelOrder;
        this.clock = clock;
    }

    public Order cancel(OrderId order) {
        return cancelOrder.cancel(order, clock.instant());
    }
}
