package org.taawon.core.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.core.fixtures.CooperativeBuilder.aCooperative;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.fixtures.Amounts;
import org.taawon.core.fixtures.OrderBuilder;
import org.taawon.core.fixtures.SettlementArithmetic;
import org.taawon.core.money.Allocation;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.SubOrder;

/**
 * The allocation and split kernels (caller's arrays, reused {@link SplitFigures}) against the
 * computations they replaced, kept below as they were: same parts, same split, for random orders and
 * policies, with arrays and figures reused across cases so that nothing of a previous case leaks.
 */
class SplitKernelTest {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    // ---- Allocation ----------------------------------------------------------------------------------

    /** Largest remainder as it was computed before the kernel: a remainders array, BigInteger on wide products. */
    static long[] previousLargestRemainder(long amount, long[] weights) {
        long total = LongStream.of(weights).sum();
        if (total == 0) {
            return new long[weights.length];
        }
        if (amount < 0) {
            return LongStream.of(previousLargestRemainder(-amount, weights)).map(p -> -p).toArray();
        }
        int n = weights.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(java.math.BigInteger.valueOf(total));
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            assigned += parts[i];
        }
        for (long k = 0; k < amount - assigned; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    private static long[] weights(Random random, int n) {
        long[] w = new long[n];
        int kind = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            w[i] = switch (kind) {
                case 0 -> 1 + random.nextInt(3);                          // few values: many ties
                case 1 -> random.nextInt(100_000);
                case 2 -> (random.nextLong() >>> 1) / (4L * n);            // wide: A * w exceeds a long
                default -> random.nextBoolean() ? 0 : 1_000 * (1 + random.nextInt(5));
            };
        }
        if (Arrays.stream(w).allMatch(x -> x == 0)) {
            w[random.nextInt(n)] = 1;
        }
        return w;
    }

    private static long amount(Random random) {
        long a = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(20);
            case 1 -> random.nextInt(10_000_000);
            case 2 -> random.nextLong() >>> 1;
            default -> Long.MAX_VALUE - random.nextInt(3);
        };
        return random.nextInt(3) == 0 ? -a : a;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_allocation_kernel_into_reused_arrays_gives_the_previous_and_the_reference_parts(long seed) {
        System.out.println("SplitKernelTest allocation seed " + seed);
        Random random = new Random(seed);
        long[] weights = new long[16];
        long[] parts = new long[16];
        for (int c = 0; c < 200; c++) {
            int n = 1 + random.nextInt(12);
            long[] w = weights(random, n);
            long amount = amount(random);
            System.arraycopy(w, 0, weights, 0, n);
            // What the previous case left beyond n must neither be read nor overwritten.
            long sentinel = random.nextLong();
            Arrays.fill(weights, n, weights.length, sentinel);
            Arrays.fill(parts, random.nextLong());
            String label = "seed " + seed + " case " + c + ": " + amount + " over " + Arrays.toString(w);

            Allocation.largestRemainder(amount, weights, n, parts);

            long[] expected = previousLargestRemainder(amount, w);
            assertThat(Arrays.copyOf(parts, n)).as(label).containsExactly(expected);
            // The reference follows SETTLEMENT.md §1 for A >= 0; a negative amount is the mirror of its absolute value.
            long[] reference = SettlementArithmetic.largestRemainder(Math.abs(amount), w);
            assertThat(expected).as(label + " (reference)")
                    .containsExactly(amount < 0 ? LongStream.of(reference).map(p -> -p).toArray() : reference);
            assertThat(Allocation.largestRemainder(amount, w)).as(label + " (new array)").containsExactly(expected);
            assertThat(Arrays.copyOfRange(weights, n, weights.length)).as(label + " untouched weights")
                    .containsOnly(sentinel);
        }
    }

    // ---- Split ---------------------------------------------------------------------------------------

    /** The split as it was computed before the kernel: Money throughout, a commission basis for every cooperative. */
    static OrderSplit previousSplit(SplitPolicy policy, Order order, Function<CooperativeId, Cooperative> cooperatives) {
        List<OrderLine> lines = order.lines();
        List<SubOrder> subs = order.subOrders();
        int n = subs.size();
        Currency currency = order.currency();
        Money zero = Money.zero(currency);
        boolean coopsGetShipping = policy.shippingRecipient() == ShippingRecipient.COOPERATIVE;
        long charged = 0;
        long weightSum = 0;
        long[] weights = new long[n];
        for (int i = 0; i < n; i++) {
            SubOrder sub = subs.get(i);
            charged += sub.subtotal().minor() + sub.shipping().minor();
            weights[i] = sub.subtotal().minor() + (coopsGetShipping ? sub.shipping().minor() : 0);
            weightSum += weights[i];
        }
        Money total = Money.of(charged, currency);
        Money fee = policy.fee().feeOn(total);
        boolean coopsBearFee = policy.feeBearer() == FeeBearer.COOPERATIVES && weightSum > 0;
        long[] feeShares = coopsBearFee ? previousLargestRemainder(fee.minor(), weights) : new long[n];
        List<CooperativeShare> shares = new ArrayList<>(n);
        long platformShipping = 0;
        for (int i = 0; i < n; i++) {
            SubOrder sub = subs.get(i);
            long sales = 0;
            long discounts = 0;
            for (OrderLine line : lines) {
                if (n == 1 || line.cooperative().equals(sub.cooperative())) {
                    sales += line.unitPrice().minor() * line.quantity();
                    discounts += line.discount().minor();
                }
            }
            Money commission = policy.commissionRule().commission(
                    new CommissionRule.Basis(cooperatives.apply(sub.cooperative()), order, sub.subtotal()));
            if (!coopsGetShipping) {
                platformShipping += sub.shipping().minor();
            }
            shares.add(new CooperativeShare(sub.cooperative(), currency, sales, discounts,
                    coopsGetShipping ? sub.shipping().minor() : 0, commission.minor(), feeShares[i]));
        }
        return new OrderSplit(order.id(), total, shares, Money.of(platformShipping, currency), coopsBearFee ? zero : fee, fee);
    }

    private static SplitPolicy randomPolicy(Random random, Currency currency) {
        CommissionRule rule = random.nextInt(4) == 0
                // A rule of another shape takes the general path: half the default rate, rounded down.
                ? basis -> basis.subtotal().multiplyDivide(500, 10_000, RoundingMode.DOWN)
                : CommissionRule.cooperativeRateOr(BasisPoints.of(random.nextInt(10_001)));
        long fixed = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000);
        return new SplitPolicy(rule, new FeeSchedule(BasisPoints.of(random.nextInt(1_001)), Money.of(fixed, currency)),
                random.nextBoolean() ? FeeBearer.COOPERATIVES : FeeBearer.PLATFORM,
                random.nextBoolean() ? ShippingRecipient.COOPERATIVE : ShippingRecipient.PLATFORM, Duration.ofDays(7));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_split_kernel_into_reused_figures_gives_the_previous_split(long seed) {
        System.out.println("SplitKernelTest split seed " + seed);
        Random random = new Random(seed);
        Currency currency = random.nextBoolean() ? Amounts.MAD : Amounts.JPY;
        int coops = 1 + random.nextInt(6);
        Map<CooperativeId, Cooperative> byId = new HashMap<>();
        for (int c = 0; c < coops; c++) {
            var builder = aCooperative().id("coop-" + c).currency(currency);
            if (random.nextBoolean()) {
                builder.commissionBps(random.nextInt(10_001));
            }
            Cooperative cooperative = builder.build();
            byId.put(cooperative.id(), cooperative);
        }
        Function<CooperativeId, Cooperative> cooperatives = byId::get;
        // One small set of figures for every order: it must grow and be refilled cleanly.
        SplitFigures figures = new SplitFigures(1);
        for (int o = 0; o < 40; o++) {
            SplitPolicy policy = randomPolicy(random, currency);
            Order order = randomOrder(random, currency, coops, "o-" + o);
            String label = "seed " + seed + " order " + o + " under " + policy;

            OrderSplit expected = previousSplit(policy, order, cooperatives);
            SplitRules rules = new SplitRules(policy);

            assertThat(rules.split(order, cooperatives, figures).toOrderSplit()).as(label).isEqualTo(expected);
            assertThat(rules.split(order, cooperatives)).as(label).isEqualTo(expected);
            for (int i = 0; i < figures.size(); i++) {
                assertThat(figures.earnedMinor(i)).as(label + " earned " + i)
                        .isEqualTo(expected.shares().get(i).earned().minor());
            }
            long earned = expected.shares().stream().mapToLong(s -> s.earned().minor()).sum();
            assertThat(earned + expected.platformEarned().minor() + expected.processorFee().minor())
                    .as(label + " conserves the charge").isEqualTo(figures.chargedMinor());
        }
    }

    private static Order randomOrder(Random random, Currency currency, int coops, String id) {
        OrderBuilder order = anOrder().id(id).currency(currency);
        int lines = 1 + random.nextInt(8);
        long merchandise = 0;
        for (int l = 0; l < lines; l++) {
            long price = random.nextInt(5) == 0 ? random.nextInt(3) : 1 + random.nextInt(50_000);
            long quantity = 1 + random.nextInt(5);
            order.line(aProduct().sku("P" + l).of("coop-" + random.nextInt(coops)).price(price).currency(currency).build(),
                    quantity);
            merchandise += price * quantity;
        }
        order.discount(merchandise == 0 ? 0 : random.nextInt(3) == 0 ? 0 : random.nextLong(merchandise + 1));
        Order placed = order.build();
        if (random.nextBoolean()) {
            // Shipping for some of the cooperatives that have lines.
            OrderBuilder again = anOrder().id(id).currency(currency);
            for (OrderLine line : placed.lines()) {
                again.line(aProduct().sku(line.sku().value()).of(line.cooperative().value())
                        .price(line.unitPrice().minor()).currency(currency).build(), line.quantity());
            }
            again.discount(placed.discount().minor());
            for (SubOrder sub : placed.subOrders()) {
                if (random.nextBoolean()) {
                    again.shipping(sub.cooperative().value(), random.nextInt(4_000));
                }
            }
            return again.build();
        }
        return placed;
    }
}
