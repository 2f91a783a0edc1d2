package org.taawon.core.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * A placed order: its lines and sub-orders frozen at checkout, the way it is paid and its payment
 * state, its refunds and each cooperative's fulfilment. Changes are domain verbs that check the state
 * first and change nothing when they refuse.
 *
 * <p>Its life (SETTLEMENT.md §3a): placed awaiting payment (holding its stock, earning nothing), then
 * either paid (when each cooperative's part records its payment instant) and perhaps refunded, or
 * cancelled (by the customer, the operator or expiry) for good.
 */
public final class Order {

    private final OrderId id;
    private final Currency currency;
    private final Instant placedAt;
    private final Money discount;
    private final PaymentMethod method;
    // Immutable lists, replaced whole on change: readers get them without a copy.
    private List<OrderLine> lines;
    private List<SubOrder> subOrders;
    private List<Refund> refunds;
    private OrderStatus status;
    private String paymentReference;
    private Instant statusChangedAt;

    /**
     * Rebuilds an order (a repository loading it); checks that lines, sub-orders and refunds agree.
     */
    public Order(OrderId id, Currency currency, Instant placedAt, Money discount, PaymentMethod method,
                 List<OrderLine> lines, List<SubOrder> subOrders, List<Refund> refunds, OrderStatus status,
                 Optional<String> paymentReference, Instant statusChangedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.discount = Objects.requireNonNull(discount, "discount");
        this.method = Objects.requireNonNull(method, "method");
        this.lines = List.copyOf(lines);
        this.subOrders = List.copyOf(subOrders);
        this.refunds = List.copyOf(refunds);
        this.status = Objects.requireNonNull(status, "status");
        this.paymentReference = paymentReference.orElse(null);
        this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        checkConsistent();
    }

    private void checkConsistent() {
        if (lines.isEmpty() || subOrders.isEmpty()) {
            throw new IllegalArgumentException("order " + id + " has no lines");
        }
        Money discountSum = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (line.index() != i || !line.unitPrice().currency().equals(currency)) {
                throw new IllegalArgumentException("order " + id + ": line " + i + " out of place or currency");
            }
            discountSum = discountSum.plus(line.discount());
            if (subOrder(line.cooperative()).isEmpty()) {
                throw new IllegalArgumentException("order " + id + ": no sub-order for line " + i);
            }
        }
        if (!discountSum.equals(discount)) {
            throw new IllegalArgumentException("order " + id + ": line discounts do not sum to the discount");
        }
        for (SubOrder sub : subOrders) {
            if (!sub.subtotal().equals(netOf(sub.cooperative()))) {
                throw new IllegalArgumentException("order " + id + ": subtotal of " + sub.cooperative() + " is not its lines' net");
            }
            if (method == PaymentMethod.CARD && sub.isPaid() != status.isPaid()) {
                throw new IllegalArgumentException("order " + id + " is " + status + " but the part of "
                        + sub.cooperative() + " is " + (sub.isPaid() ? "paid" : "unpaid"));
            }
        }
    }

    private Money netOf(CooperativeId cooperative) {
        Money sum = Money.zero(currency);
        for (OrderLine line : linesOf(cooperative)) {
            sum = sum.plus(line.net());
        }
        return sum;
    }

    /** The lines of one cooperative, in checkout order. */
    public List<OrderLine> linesOf(CooperativeId cooperative) {
        List<OrderLine> own = new ArrayList<>();
        for (OrderLine line : lines) {
            if (line.cooperative().equals(cooperative)) {
                own.add(line);
            }
        }
        return List.copyOf(own);
    }

    Order copy() {
        return new Order(id, currency, placedAt, discount, method, lines, subOrders, refunds, status,
                Optional.ofNullable(paymentReference), statusChangedAt);
    }

    public OrderId id() {
        return id;
    }

    public Currency currency() {
        return currency;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Money discount() {
        return discount;
    }

    /** How the customer pays for it. */
    public PaymentMethod method() {
        return method;
    }

    /** When the customer first paid for it (a card payment; cash on delivery: the first delivery); empty while unpaid. */
    public Optional<Instant> paidAt() {
        Instant first = null;
        for (SubOrder sub : subOrders) {
            if (sub.paidAt().isPresent() && (first == null || sub.paidAt().get().isBefore(first))) {
                first = sub.paidAt().get();
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * Whether this unpaid card order has passed its payment time-out at {@code now}: placed at or
     * before {@code now - timeout}. A zero time-out never expires, and neither does a paid, cancelled or
     * cash-on-delivery order (SETTLEMENT.md §3a).
     */
    public boolean isExpiredAt(Instant now, Duration timeout) {
        return status == OrderStatus.PENDING_PAYMENT && method == PaymentMethod.CARD && !timeout.isZero()
                && !placedAt.plus(timeout).isAfter(now);
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** Sub-orders in order of their cooperative's first line. */
    public List<SubOrder> subOrders() {
        return subOrders;
    }

    public List<Refund> refunds() {
        return refunds;
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<String> paymentReference() {
        return Optional.ofNullable(paymentReference);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Optional<SubOrder> subOrder(CooperativeId cooperative) {
        return subOrders.stream().filter(s -> s.cooperative().equals(cooperative)).findFirst();
    }

    /** Merchandise: the sum of the lines' gross amounts. */
    public Money merchandise() {
        Money sum = Money.zero(currency);
        for (OrderLine line : lines) {
            sum = sum.plus(line.gross());
        }
        return sum;
    }

    /** What the customer is charged: the sub-orders' subtotals and shipping (SETTLEMENT.md §3.5). */
    public Money total() {
        Money sum = Money.zero(currency);
        for (SubOrder sub : subOrders) {
            sum = sum.plus(sub.subtotal()).plus(sub.shipping());
        }
        return sum;
    }

    /** Everything returned to the customer so far. */
    public Money refunded() {
        Money sum = Money.zero(currency);
        for (Refund refund : refunds) {
            sum = sum.plus(refund.amount());
        }
        return sum;
    }

    /**
     * Checks that a card payment may be taken for this order now, in the order of SETTLEMENT.md §6: a
     * cash-on-delivery order ({@code WRONG_METHOD}), a cancelled or expired one ({@code ORDER_CANCELLED}),
     * one already paid ({@code ALREADY_PAID}). Changes nothing.
     */
    public void checkPayable() {
        if (method != PaymentMethod.CARD) {
            throw new OrderRejectedException(OrderRejection.WRONG_METHOD, "order " + id + " is paid " + method
                    + ", not by a card payment");
        }
        if (status == OrderStatus.CANCELLED) {
            throw new OrderRejectedException(OrderRejection.ORDER_CANCELLED, "order " + id + " was cancelled and cannot be paid");
        }
        if (status.isPaid()) {
            throw new OrderRejectedException(OrderRejection.ALREADY_PAID, "order " + id + " is already paid");
        }
    }

    /**
     * The card payment for this order succeeded at the gateway under {@code reference}: every
     * cooperative's part is paid from {@code at}. Returns whether this changed the order: the same
     * payment confirmed again (a redelivered webhook), perhaps after refunds, changes nothing.
     * Otherwise refused as {@link #checkPayable()} says.
     */
    public boolean markPaid(String reference, Instant at) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (reference.equals(paymentReference) && status.isPaid()) {
            return false;
        }
        checkPayable();
        List<SubOrder> paid = new ArrayList<>(subOrders.size());
        subOrders.forEach(sub -> paid.add(sub.paid(at)));
        subOrders = List.copyOf(paid);
        status = OrderStatus.PAID;
        paymentReference = reference;
        statusChangedAt = at;
        return true;
    }

    /**
     * An unpaid order is given up (abandoned, its payment failed, or it expired): refused for an order
     * already cancelled ({@code ORDER_CANCELLED}) or paid ({@code ALREADY_PAID}; it is refunded instead).
     */
    public void cancel(Instant at) {
        if (status == OrderStatus.CANCELLED) {
            throw new OrderRejectedException(OrderRejection.ORDER_CANCELLED, "order " + id + " is already cancelled");
        }
        if (status.isPaid()) {
            throw new OrderRejectedException(OrderRejection.ALREADY_PAID, "order " + id
                    + " is paid: it is refunded, not cancelled");
        }
        status = OrderStatus.CANCELLED;
        statusChangedAt = at;
    }

    public void markShipped(CooperativeId cooperative, Instant at) {
        int i = subOrderIndex(cooperative);
        SubOrder sub = subOrders.get(i);
        // A card order ships once paid; a cash-on-delivery parcel ships to be paid at the door.
        boolean mayShip = method == PaymentMethod.CASH_ON_DELIVERY || sub.isPaid();
        if (status == OrderStatus.CANCELLED || !mayShip || sub.fulfilment() != FulfilmentStatus.AWAITING_SHIPMENT) {
            throw new OrderRejectedException(OrderRejection.INVALID_STATE,
                    "part of " + cooperative + " in order " + id + " cannot be shipped now (" + status + ", " + sub.fulfilment() + ")");
        }
        subOrders = replaced(subOrders, i, sub.shipped(at));
    }

    public void markDelivered(CooperativeId cooperative, Instant at) {
        int i = subOrderIndex(cooperative);
        SubOrder sub = subOrders.get(i);
        if (sub.fulfilment() != FulfilmentStatus.SHIPPED) {
            throw new OrderRejectedException(OrderRejection.INVALID_STATE,
                    "part of " + cooperative + " in order " + id + " is not shipped");
        }
        subOrders = replaced(subOrders, i, sub.delivered(at));
    }

    private static <T> List<T> replaced(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return List.copyOf(copy);
    }

    private int subOrderIndex(CooperativeId cooperative) {
        for (int i = 0; i < subOrders.size(); i++) {
            if (subOrders.get(i).cooperative().equals(cooperative)) {
                return i;
            }
        }
        throw new OrderRejectedException(OrderRejection.UNKNOWN_COOPERATIVE, "order " + id + " has nothing of " + cooperative);
    }

    /**
     * Refunds units of lines (SETTLEMENT.md §4), checking in the order of §6: an empty request, then
     * line by line an unknown index or a quantity below 1, then units above what was bought (summed
     * over this and earlier refunds). Entries naming the same line are merged.
     */
    public Refund refund(List<RefundRequest.Line> requested, boolean restock, Instant at) {
        if (!status.isPaid()) {
            throw new OrderRejectedException(OrderRejection.ORDER_NOT_PAID, "order " + id + " is " + status
                    + ": only a paid order is refunded");
        }
        long[] units = unitsPerLine(requested);
        List<RefundedLine> refunded = new ArrayList<>();
        for (RefundRequest.Line entry : requested) {
            int index = (int) entry.line();
            if (units[index] > 0) {
                OrderLine line = lines.get(index);
                refunded.add(new RefundedLine(index, line.sku(), line.cooperative(), line.refundedUnits(), units[index],
                        line.refundAmount(units[index])));
                units[index] = 0;
            }
        }
        Refund refund = new Refund(refunds.size() + 1, at, refunded, restock);
        for (RefundedLine r : refunded) {
            lines = replaced(lines, r.line(), lines.get(r.line()).withRefundedUnits(r.unitsBefore() + r.units()));
        }
        List<Refund> all = new ArrayList<>(refunds);
        all.add(refund);
        refunds = List.copyOf(all);
        status = lines.stream().allMatch(l -> l.refundableUnits() == 0) ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
        statusChangedAt = at;
        return refund;
    }

    /** Checks a refund request in the order of §6 and sums its units per line; changes nothing. */
    private long[] unitsPerLine(List<RefundRequest.Line> requested) {
        if (requested.isEmpty()) {
            throw new OrderRejectedException(OrderRejection.EMPTY_REFUND, "refund of " + id + " names no lines");
        }
        for (RefundRequest.Line line : requested) {
            if (line.line() < 0 || line.line() >= lines.size()) {
                throw new OrderRejectedException(OrderRejection.UNKNOWN_LINE, "order " + id + " has no line " + line.line());
            }
            if (line.units() < 1) {
                throw new OrderRejectedException(OrderRejection.INVALID_QUANTITY,
                        "refund of line " + line.line() + " of " + id + " needs at least 1 unit, not " + line.units());
            }
        }
        long[] units = new long[lines.size()];
        for (RefundRequest.Line line : requested) {
            int index = (int) line.line();
            if (line.units() > lines.get(index).refundableUnits() - units[index]) {
                throw new OrderRejectedException(OrderRejection.REFUND_EXCEEDS_PURCHASE,
                        "line " + index + " of " + id + " has only " + lines.get(index).refundableUnits() + " refundable units");
            }
            units[index] += line.units();
        }
        return units;
    }
}
