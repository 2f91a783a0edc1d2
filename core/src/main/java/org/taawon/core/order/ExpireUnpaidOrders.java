package org.taawon.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.taawon.UnitOfWork;

/**
 * Use case: card orders that were not paid within the payment time-out are cancelled, and their stock
 * comes back (SETTLEMENT.md §3a). A host calls {@link #run()} on a schedule (every minute, say) from
 * every instance at once: each order is expired in its own transaction under its row lock, after
 * checking again that it is still unpaid and due, so no order is expired twice (a second instance
 * finds it cancelled and passes) and none is missed (the due orders are read until none is left).
 * When nothing is due it costs one indexed query.
 *
 * <p>A time-out of zero never expires anything. A payment that arrives after its order expired is
 * refunded by {@link ConfirmPayment}.
 */
public final class ExpireUnpaidOrders {

    /** The payment time-out when a host sets none: 60 minutes. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    /** How many due orders are read at a time. */
    static final int BATCH = 200;

    private final Orders orders;
    private final CancelOrder cancel;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration timeout;

    /**
     * @param timeout how long an unpaid card order keeps its stock; {@link Duration#ZERO} for never
     */
    public ExpireUnpaidOrders(Orders orders, CancelOrder cancel, UnitOfWork unitOfWork, Clock clock, Duration timeout) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.cancel = Objects.requireNonNull(cancel, "cancel");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("the payment time-out must not be negative: " + timeout);
        }
    }

    /** The payment time-out. */
    public Duration timeout() {
        return timeout;
    }

    /** Expires every order due by the clock's present; returns how many this call expired. */
    public int run() {
        return expireAt(clock.instant());
    }

    /** Expires every unpaid card order placed at or before {@code now - timeout}; returns how many this call expired. */
    public int expireAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (timeout.isZero()) {
            return 0;
        }
        Instant placedAtOrBefore = now.minus(timeout);
        int expired = 0;
        while (true) {
            List<OrderId> due = unitOfWork.inTransaction(() -> orders.awaitingPayment(placedAtOrBefore, BATCH));
            int expiredNow = 0;
            for (OrderId id : due) {
                if (unitOfWork.inTransaction(() -> expire(id, now))) {
                    expiredNow++;
                }
            }
            expired += expiredNow;
            // A short batch was the last; a full one in which nothing changed is another instance's work.
            if (due.size() < BATCH || expiredNow == 0) {
                return expired;
            }
        }
    }

    private boolean expire(OrderId id, Instant now) {
        Optional<Order> order = orders.findForUpdate(id);
        if (order.isEmpty() || !order.get().isExpiredAt(now, timeout)) {
            return false; // paid, cancelled or expired by someone else since it was read
        }
        cancel.cancel(id, now);
        return true;
    }
}
