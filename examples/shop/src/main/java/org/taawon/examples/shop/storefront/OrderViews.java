package org.taawon.examples.shop.storefront;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.taawon.core.money.Money;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PaymentMethod;
import org.taawon.core.order.SubOrder;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.web.Languages;

/**
 * An order as its pages show it: product and cooperative names in the page's language, amounts from
 * the order, and where it stands with its payment. An unpaid card order can be paid or cancelled until
 * its payment time-out; one cancelled at or after that time-out is shown as expired (the library
 * records a cancellation, the shop tells why from its time).
 */
@Component
public class OrderViews {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Showcase showcase;
    private final Clock clock;
    private final Duration timeout;

    public OrderViews(Showcase showcase, Clock clock, ExpireUnpaidOrders expiry) {
        this.showcase = showcase;
        this.clock = clock;
        this.timeout = expiry.timeout();
    }

    public OrderView of(Order order) {
        String language = Languages.current();
        List<Line> lines = order.lines().stream()
                .map(l -> new Line(l, showcase.productName(l.sku(), language), showcase.cooperativeName(l.cooperative(), language)))
                .toList();
        Standing standing = standing(order, clock.instant());
        List<Parcel> parcels = order.subOrders().stream()
                .map(s -> new Parcel(s, showcase.cooperativeName(s.cooperative(), language), parcelKey(standing, s)))
                .toList();
        Optional<Instant> expiresAt = standing == Standing.AWAITING_PAYMENT ? expiryOf(order) : Optional.empty();
        return new OrderView(order, lines, parcels, standing, expiresAt.map(EXPIRY::format).orElse(""),
                expiresAt.map(Instant::toString).orElse(""));
    }

    /** Where an order stands at {@code now}, as the shop's pages say it. */
    public Standing standing(Order order, Instant now) {
        return switch (order.status()) {
            case PENDING_PAYMENT -> order.isExpiredAt(now, timeout) ? Standing.EXPIRED : Standing.AWAITING_PAYMENT;
            case CANCELLED -> expiryOf(order).filter(at -> !order.statusChangedAt().isBefore(at)).isPresent()
                    ? Standing.EXPIRED : Standing.CANCELLED;
            case PAID -> Standing.PAID;
            case PARTIALLY_REFUNDED -> Standing.PARTIALLY_REFUNDED;
            case REFUNDED -> Standing.REFUNDED;
        };
    }

    /** When an unpaid card order expires; empty for other orders and when the time-out is 0 (never). */
    private Optional<Instant> expiryOf(Order order) {
        if (order.method() != PaymentMethod.CARD || timeout.isZero()) {
            return Optional.empty();
        }
        return Optional.of(order.placedAt().plus(timeout));
    }

    /** The message key of a parcel's state: nothing ships before the order is paid, or ever once it is given up. */
    private static String parcelKey(Standing standing, SubOrder parcel) {
        return switch (standing) {
            case AWAITING_PAYMENT -> "parcel.awaitingPayment";
            case CANCELLED, EXPIRED -> "parcel.none";
            default -> "fulfilment." + parcel.fulfilment();
        };
    }

    /** Where an order stands with its payment, as the pages say it. */
    public enum Standing {
        /** Unpaid and still within its payment time-out: it may be paid or cancelled. */
        AWAITING_PAYMENT,
        PAID,
        PARTIALLY_REFUNDED,
        REFUNDED,
        /** Cancelled before it was paid (by the shopper, the operator or a declined card). */
        CANCELLED,
        /** Not paid within its payment time-out: cancelled, or about to be by the next expiry run. */
        EXPIRED;

        /** Whether the order is paid (and so its parcels may ship). */
        public boolean isPaid() {
            return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
        }
    }

    /**
     * An order with its names resolved.
     *
     * @param standing      where it stands with its payment
     * @param expiresAt     when an unpaid order expires, as shown ({@code yyyy-MM-dd HH:mm UTC}); empty otherwise
     * @param expiresAtIso  the same instant in ISO-8601, for the page's {@code <time>} element
     */
    public record OrderView(Order order, List<Line> lines, List<Parcel> parcels, Standing standing, String expiresAt,
                            String expiresAtIso) {

        public String id() {
            return order.id().value();
        }

        public Money total() {
            return order.total();
        }

        /** The message key of its status: {@code status.EXPIRED} tells an expired order from a cancelled one. */
        public String statusKey() {
            return standing == Standing.AWAITING_PAYMENT ? "status." + OrderStatus.PENDING_PAYMENT : "status." + standing;
        }

        /** Whether the shopper may still pay it: an unpaid card order within its time-out. */
        public boolean payable() {
            return standing == Standing.AWAITING_PAYMENT && order.method() == PaymentMethod.CARD;
        }

        /** Whether it may still be cancelled: unpaid and not expired. */
        public boolean cancellable() {
            return standing == Standing.AWAITING_PAYMENT;
        }
    }

    /** An order line with its product's and cooperative's names. */
    public record Line(OrderLine line, String product, String cooperative) {
    }

    /**
     * A cooperative's parcel of the order.
     *
     * @param stateKey the message key of its state: awaiting payment, not shipped (order given up), or its fulfilment
     */
    public record Parcel(SubOrder subOrder, String cooperative, String stateKey) {
    }
}
