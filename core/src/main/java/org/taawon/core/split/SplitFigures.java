package org.taawon.core.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;

/**
 * One order's split as minor units in arrays, filled by {@link SplitRules#split(org.taawon.core.order.Order,
 * java.util.function.Function, SplitFigures)} and refilled for the next order: a caller that splits many
 * orders (a settlement run, a report) reuses one and allocates nothing per order.
 * {@link #toOrderSplit()} gives the same figures as an {@link OrderSplit} value. Not thread-safe: one per
 * thread.
 */
public final class SplitFigures {

    private OrderId orderId;
    private Currency currency;
    private int size;
    private CooperativeId[] cooperatives;
    private long[] sales;
    private long[] discounts;
    private long[] shipping;
    private long[] commission;
    private long[] fee;
    // Each cooperative's weight in the fee's allocation, kept here so a refill allocates nothing.
    private long[] weights;
    private long charged;
    private long platformShipping;
    private long platformFee;
    private long processorFee;

    public SplitFigures() {
        this(4);
    }

    /** Figures with room for {@code cooperatives} cooperatives; they grow when an order has more. */
    public SplitFigures(int cooperatives) {
        resize(Math.max(1, cooperatives));
    }

    private void resize(int capacity) {
        cooperatives = new CooperativeId[capacity];
        sales = new long[capacity];
        discounts = new long[capacity];
        shipping = new long[capacity];
        commission = new long[capacity];
        fee = new long[capacity];
        weights = new long[capacity];
    }

    /** Empties the figures for an order of {@code count} cooperatives. */
    void reset(OrderId id, Currency orderCurrency, int count) {
        if (count > cooperatives.length) {
            resize(Math.max(count, 2 * cooperatives.length));
        }
        orderId = id;
        currency = orderCurrency;
        size = count;
        Arrays.fill(sales, 0, count, 0);
        Arrays.fill(discounts, 0, count, 0);
        Arrays.fill(fee, 0, count, 0);
    }

    void cooperative(int i, CooperativeId id, long shippingMinor) {
        cooperatives[i] = id;
        shipping[i] = shippingMinor;
    }

    void addLine(int i, long salesMinor, long discountMinor) {
        sales[i] += salesMinor;
        discounts[i] += discountMinor;
    }

    void commission(int i, long minor) {
        commission[i] = minor;
    }

    void totals(long chargedMinor, long platformShippingMinor, long platformFeeMinor, long processorFeeMinor) {
        charged = chargedMinor;
        platformShipping = platformShippingMinor;
        platformFee = platformFeeMinor;
        processorFee = processorFeeMinor;
    }

    long[] weights() {
        return weights;
    }

    long[] fees() {
        return fee;
    }

    public OrderId orderId() {
        return orderId;
    }

    public Currency currency() {
        return currency;
    }

    /** How many cooperatives the order has. */
    public int size() {
        return size;
    }

    public CooperativeId cooperative(int i) {
        return cooperatives[check(i)];
    }

    public long salesMinor(int i) {
        return sales[check(i)];
    }

    public long discountsMinor(int i) {
        return discounts[check(i)];
    }

    public long shippingMinor(int i) {
        return shipping[check(i)];
    }

    public long commissionMinor(int i) {
        return commission[check(i)];
    }

    public long feeMinor(int i) {
        return fee[check(i)];
    }

    /** sales - discounts: the commission's base. */
    public long subtotalMinor(int i) {
        return sales[check(i)] - discounts[i];
    }

    /** What cooperative {@code i} earns from the order: subtotal + shipping - commission - fee (§3.8). */
    public long earnedMinor(int i) {
        return sales[check(i)] - discounts[i] + shipping[i] - commission[i] - fee[i];
    }

    public long chargedMinor() {
        return charged;
    }

    public long platformShippingMinor() {
        return platformShipping;
    }

    public long platformFeeMinor() {
        return platformFee;
    }

    public long processorFeeMinor() {
        return processorFee;
    }

    /** The same figures as a value. */
    public OrderSplit toOrderSplit() {
        if (orderId == null) {
            throw new IllegalStateException("no order split into these figures yet");
        }
        List<CooperativeShare> shares = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            shares.add(new CooperativeShare(cooperatives[i], currency, sales[i], discounts[i], shipping[i], commission[i], fee[i]));
        }
        return new OrderSplit(orderId, Money.of(charged, currency), shares, Money.of(platformShipping, currency),
                Money.of(platformFee, currency), Money.of(processorFee, currency));
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("cooperative " + i + " of " + size);
        }
        return i;
    }
}
