package org.taawon.core.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;

/** Repository port: placed orders. */
public interface Orders {

    boolean exists(OrderId id);

    Optional<Order> find(OrderId id);

    /**
     * The order, locked against concurrent changes until the caller's transaction ends (a row lock in
     * a database). Refunds use it so two refunds cannot together exceed a purchase.
     */
    default Optional<Order> findForUpdate(OrderId id) {
        return find(id);
    }

    /** Stores a new order; an existing id is refused with {@link OrderRejection#DUPLICATE_ORDER}. */
    void add(Order order);

    /** Stores a change to an existing order. */
    void update(Order order);

    /**
     * Ids of card orders still awaiting their payment that were placed at or before
     * {@code placedAtOrBefore}, oldest first, at most {@code limit}: the orders due to expire
     * ({@link ExpireUnpaidOrders}). A store answers it from an index.
     */
    List<OrderId> awaitingPayment(Instant placedAtOrBefore, int limit);

    /** Orders with a sub-order of this cooperative, oldest first. */
    List<Order> forCooperative(CooperativeId cooperative);

    default Order get(OrderId id) {
        return find(id).orElseThrow(() -> new OrderRejectedException(OrderRejection.UNKNOWN_ORDER, "no order " + id));
    }
}
