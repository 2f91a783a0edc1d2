package org.taawon.core.order;

import java.util.List;

/**
 * Port through which order changes reach whoever must follow them (the ledger's journal, a host's
 * notifications). Listeners run inside the caller's transaction: an exception undoes the change
 * where the store is transactional.
 */
public interface OrderEvents {

    OrderEvents NONE = new OrderEvents() {
    };

    default void orderPlaced(OrderPlaced event) {
    }

    /** The customer paid for part or all of an order: from now its sale counts. */
    default void orderPaid(OrderPaid event) {
    }

    default void linesRefunded(LinesRefunded event) {
    }

    default void orderCancelled(OrderCancelled event) {
    }

    /** Tells every listener, in order. */
    static OrderEvents all(List<OrderEvents> listeners) {
        List<OrderEvents> copy = List.copyOf(listeners);
        return new OrderEvents() {
            @Override
            public void orderPlaced(OrderPlaced event) {
                copy.forEach(l -> l.orderPlaced(event));
            }

            @Override
            public void orderPaid(OrderPaid event) {
                copy.forEach(l -> l.orderPaid(event));
            }

            @Override
            public void linesRefunded(LinesRefunded event) {
                copy.forEach(l -> l.linesRefunded(event));
            }

            @Override
            public void orderCancelled(OrderCancelled event) {
                copy.forEach(l -> l.orderCancelled(event));
            }
        };
    }
}
