package org.taawon.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.Allocation;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.split.FeeBearer;
import org.taawon.core.split.SplitFigures;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;

/**
 * B4: orders of 5 lines over 3 cooperatives, split by the library (discount allocation by largest
 * remainder, commission per cooperative, fee and its allocation over the cooperatives) and by the
 * same algorithm written on plain {@code long} arrays. Both sides see the same orders.
 */
final class SplitWorkload {

    static final int LINES_PER_ORDER = 5;
    static final int COOPERATIVES = 3;
    private static final Currency MAD = Currency.getInstance("MAD");
    private static final int[] RATES = {800, 1000, 500};
    private static final int FEE_BPS = 290;
    private static final long FEE_FIXED = 300;

    private final List<Order> orders;
    private final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    private final SplitRules rules;
    // The same orders as plain arrays for the baseline.
    private final long[] price;
    private final long[] quantity;
    private final int[] cooperative;
    private final long[] discount;
    private final long[] shipping;
    long sink;

    SplitWorkload(int lineCount) {
        int orderCount = Math.max(1, lineCount / LINES_PER_ORDER);
        InMemoryProducts products = new InMemoryProducts();
        for (int c = 0; c < COOPERATIVES; c++) {
            cooperatives.save(Cooperative.of(CooperativeId.of("coop-" + c), "Coop " + c, CooperativeKind.WOMEN, "Souss-Massa", MAD)
                    .withCommissionRate(BasisPoints.of(RATES[c])));
        }
        for (int p = 0; p < LINES_PER_ORDER; p++) {
            products.save(new Product(Sku.of("P" + p), CooperativeId.of("coop-" + (p % COOPERATIVES)), "p", "",
                    Money.of(999 + 1237L * p, MAD), Long.MAX_VALUE / 8));
        }
        PlaceOrder placeOrder = new PlaceOrder(products, new InMemoryOrders(), OrderEvents.NONE, MAD);
        orders = new ArrayList<>(orderCount);
        price = new long[orderCount * LINES_PER_ORDER];
        quantity = new long[price.length];
        cooperative = new int[price.length];
        discount = new long[orderCount];
        shipping = new long[orderCount * COOPERATIVES];
        for (int o = 0; o < orderCount; o++) {
            List<CartLine> lines = new ArrayList<>(LINES_PER_ORDER);
            for (int p = 0; p < LINES_PER_ORDER; p++) {
                lines.add(CartLine.of("P" + p, 1 + (o + p) % 4));
            }
            Order order = placeOrder.place(new CheckoutRequest(OrderId.of("o-" + o), lines, Money.of(o % 997, MAD),
                    Map.of(CooperativeId.of("coop-0"), Money.of(2500, MAD)), Instant.EPOCH));
            orders.add(order);
            discount[o] = order.discount().minor();
            for (OrderLine line : order.lines()) {
                int i = o * LINES_PER_ORDER + line.index();
                price[i] = line.unitPrice().minor();
                quantity[i] = line.quantity();
                cooperative[i] = Integer.parseInt(line.cooperative().value().substring(5));
            }
            shipping[o * COOPERATIVES] = 2500;
        }
        rules = new SplitRules(SplitPolicy.defaults(MAD).withFeeBearer(FeeBearer.COOPERATIVES));
    }

    int lines() {
        return orders.size() * LINES_PER_ORDER;
    }

    /**
     * The library: discount allocation and split of every order, through the entry points that take the
     * caller's arrays and {@link SplitFigures} (the kernels under {@code Money.allocate} and
     * {@code SplitRules.split(order, cooperatives)}); returns a checksum equal to the baseline's.
     */
    long library() {
        long s = 0;
        long[] weights = new long[LINES_PER_ORDER];
        long[] parts = new long[LINES_PER_ORDER];
        SplitFigures figures = new SplitFigures(COOPERATIVES);
        for (Order order : orders) {
            List<OrderLine> lines = order.lines();
            for (int i = 0; i < LINES_PER_ORDER; i++) {
                weights[i] = lines.get(i).gross().minor();
            }
            s += Allocation.largestRemainder(order.discount().minor(), weights, parts)[0];
            s += rules.split(order, cooperatives::get, figures).earnedMinor(0);
        }
        sink += s;
        return s;
    }

    /** The baseline: the same algorithm on plain longs; returns the same checksum as the library. */
    long baseline() {
        long s = 0;
        long[] gross = new long[LINES_PER_ORDER];
        long[] lineDiscount = new long[LINES_PER_ORDER];
        long[] subtotal = new long[COOPERATIVES];
        long[] weights = new long[COOPERATIVES];
        long[] fees = new long[COOPERATIVES];
        for (int o = 0; o < discount.length; o++) {
            java.util.Arrays.fill(subtotal, 0);
            for (int i = 0; i < LINES_PER_ORDER; i++) {
                gross[i] = price[o * LINES_PER_ORDER + i] * quantity[o * LINES_PER_ORDER + i];
            }
            PlainLongs.largestRemainder(discount[o], gross, lineDiscount);
            for (int i = 0; i < LINES_PER_ORDER; i++) {
                subtotal[cooperative[o * LINES_PER_ORDER + i]] += gross[i] - lineDiscount[i];
            }
            long total = 0;
            long commission0 = 0;
            for (int c = 0; c < COOPERATIVES; c++) {
                long commission = PlainLongs.halfEven(subtotal[c] * RATES[c], 10_000);
                if (c == 0) {
                    commission0 = commission;
                }
                weights[c] = subtotal[c] + shipping[o * COOPERATIVES + c];
                total += weights[c];
            }
            long fee = total > 0 ? PlainLongs.halfEven(total * FEE_BPS, 10_000) + FEE_FIXED : 0;
            PlainLongs.largestRemainder(fee, weights, fees);
            s += lineDiscount[0] + weights[0] - commission0 - fees[0];
        }
        sink += s;
        return s;
    }
}
