package org.taawon.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.core.fixtures.CooperativeBuilder.aCooperative;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.UnitOfWork;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.fixtures.Amounts;
import org.taawon.core.fixtures.LedgerTotals;
import org.taawon.core.fixtures.ScriptedPayoutRail;
import org.taawon.core.fixtures.ScriptedPayoutRail.Answer;
import org.taawon.core.fixtures.SettlementArithmetic;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.split.CommissionRule;
import org.taawon.core.split.FeeBearer;
import org.taawon.core.split.FeeSchedule;
import org.taawon.core.split.ShippingRecipient;
import org.taawon.core.split.SplitPolicy;

/**
 * SETTLEMENT.md §7 over seeded random histories: each sequence wires the core as a host does
 * ({@link TaawonFixture}: PlaceOrder + PayOrder on the in-memory gateway, RefundLines, CancelOrder,
 * ExpireUnpaidOrders, RunPayouts, the SettlementJournal) under a random configuration, then plays 10-20
 * random events: checkouts with discounts and shipping (a third left unpaid), refunds, cancellations,
 * late, repeated or refused payments, expiry under random payment time-outs and payout runs, many of
 * them breaking a rule on purpose. Money moves only when an order is paid (§3a). A small model, written
 * apart from the library, predicts each event's fate (§6), the stock, and every party's money
 * (§3-§4). After every event: customers' charges - refunds = cooperatives' earnings + platform
 * earnings + processor fees, read from the ledger by entry kind, and each of those equals the
 * model's; the trial balance is zero; and a rejected event changed nothing. After every payout run
 * the §5 rule holds.
 *
 * <p>Each of the 100 parameters runs 100 sequences; a failure names its sequence seed, and
 * {@code new Sequence(seed).play()} replays that one sequence alone.
 */
class ConservationTest {

    static final int SEEDS = 100;
    static final int SEQUENCES_PER_SEED = 100;

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_event_conserves_money_and_keeps_the_trial_balance_zero(long seed) {
        for (int i = 0; i < SEQUENCES_PER_SEED; i++) {
            new Sequence(seed * SEQUENCES_PER_SEED + i).play();
        }
    }

    private enum Status { PENDING, PAID, PARTIALLY_REFUNDED, REFUNDED, CANCELLED }

    /** What the model knows of an accepted order. */
    private static final class ModelOrder {
        final String id;
        final String[] skus;
        final long[] quantities;
        final long[] refunded;
        final long total;
        final long[] lineNet;
        final CooperativeId[] lineCooperative;
        final Map<CooperativeId, Long> subtotal = new LinkedHashMap<>();
        final Map<CooperativeId, Long> commission = new LinkedHashMap<>();
        final Map<CooperativeId, Long> refundedNet = new LinkedHashMap<>();
        final Map<CooperativeId, Long> earned = new LinkedHashMap<>();
        long platformEarned;
        long fee;
        final Instant placedAt;
        Status status = Status.PENDING;

        ModelOrder(String id, List<CartLine> lines, long total, Instant placedAt) {
            this.id = id;
            this.placedAt = placedAt;
            this.skus = lines.stream().map(l -> l.sku().value()).toArray(String[]::new);
            this.quantities = lines.stream().mapToLong(CartLine::quantity).toArray();
            this.refunded = new long[skus.length];
            this.total = total;
            this.lineNet = new long[skus.length];
            this.lineCooperative = new CooperativeId[skus.length];
        }
    }

    private static final class Sequence {
        private final long seed;
        private final Random random;
        private final Currency currency;
        private final ScriptedPayoutRail rail = new ScriptedPayoutRail();
        private final TaawonFixture taawon;
        private final List<Cooperative> cooperatives = new ArrayList<>();
        private final Map<String, Product> products = new LinkedHashMap<>();
        private final Map<String, Long> stock = new HashMap<>();
        private final Map<String, ModelOrder> orders = new LinkedHashMap<>();
        private long charged;
        private long refunded;
        private final Map<CooperativeId, Long> cooperativeEarned = new HashMap<>();
        private long platformEarned;
        private long processorFees;
        private int defaultBps;
        private int feeBps;
        private long feeFixed;
        private FeeBearer feeBearer;
        private ShippingRecipient shippingRecipient;
        private Instant now = Amounts.T0;
        private String lastRun;
        private Instant lastRunAt;
        private int nextOrder;
        private int nextRun;
        private String label = "";

        Sequence(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            this.currency = List.of(Amounts.MAD, Amounts.MAD, Amounts.MAD, Amounts.JPY, Amounts.KWD).get(random.nextInt(5));
            this.taawon = TaawonFixture.builder().currency(currency).policy(randomPolicy()).rail(rail).build();
            int n = 1 + random.nextInt(4);
            for (int c = 1; c <= n; c++) {
                var builder = aCooperative().id("coop-" + c).currency(currency)
                        .payoutMinimum(random.nextBoolean() ? 0 : random.nextInt(20_001));
                if (random.nextBoolean()) {
                    builder.commissionBps(random.nextInt(4) == 0 ? 10_000 * random.nextInt(2) : random.nextInt(10_001));
                }
                Cooperative cooperative = builder.build();
                cooperatives.add(cooperative);
                taawon.with(cooperative);
                int k = 1 + random.nextInt(3);
                for (int p = 1; p <= k; p++) {
                    add(aProduct().sku("P" + c + "-" + p).of(cooperative.id().value()).currency(currency)
                            .price(price()).stock(random.nextInt(4) == 0 ? random.nextInt(4) : 5 + random.nextInt(40)).build());
                }
            }
            if (random.nextInt(3) == 0) {
                Currency other = currency.equals(Amounts.EUR) ? Amounts.MAD : Amounts.EUR;
                add(aProduct().sku("FX").of("coop-1").currency(other).price(1 + random.nextInt(5000)).stock(5).build());
            }
        }

        private void add(Product product) {
            products.put(product.sku().value(), product);
            stock.put(product.sku().value(), product.stock());
            taawon.with(product);
        }

        private long price() {
            int roll = random.nextInt(10);
            return roll == 0 ? 0 : roll < 4 ? 1 + random.nextInt(999) : 1000 + random.nextInt(49_001);
        }

        private SplitPolicy randomPolicy() {
            defaultBps = random.nextInt(4) == 0 ? 10_000 * random.nextInt(2) : random.nextInt(3001);
            feeBps = random.nextInt(501);
            feeFixed = random.nextInt(4) == 0 ? 0 : random.nextInt(501);
            feeBearer = random.nextBoolean() ? FeeBearer.PLATFORM : FeeBearer.COOPERATIVES;
            shippingRecipient = random.nextBoolean() ? ShippingRecipient.COOPERATIVE : ShippingRecipient.PLATFORM;
            return new SplitPolicy(CommissionRule.cooperativeRateOr(BasisPoints.of(defaultBps)),
                    new FeeSchedule(BasisPoints.of(feeBps), Money.of(feeFixed, currency)), feeBearer, shippingRecipient,
                    Duration.ofDays(random.nextInt(6)));
        }

        private <T> T any(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        void play() {
            label = "sequence seed " + seed + ", setup (default " + defaultBps + " bp, fee " + feeBps + " bp + " + feeFixed
                    + ", " + feeBearer + " bear it, " + shippingRecipient + " gets shipping)";
            assertConserved();
            int events = 10 + random.nextInt(11);
            for (int i = 0; i < events; i++) {
                now = now.plus(Duration.ofMinutes(random.nextInt(36 * 60)));
                int roll = random.nextInt(100);
                String kind = roll < 40 || orders.isEmpty() ? "checkout" : roll < 62 ? "refund" : roll < 78 ? "payout run"
                        : roll < 85 ? "cancellation" : roll < 93 ? "payment confirmation" : "expiry";
                label = "sequence seed " + seed + ", event " + i + " (" + kind + " at " + now + ")";
                switch (kind) {
                    case "checkout" -> checkout();
                    case "refund" -> refund();
                    case "payout run" -> payoutRun();
                    case "cancellation" -> cancel();
                    case "expiry" -> expiry();
                    default -> paymentConfirmation();
                }
                assertConserved();
            }
        }

        // ---- the invariants ----

        private void assertConserved() {
            LedgerTotals totals = taawon.totals();
            Map<CooperativeId, Money> earnings = totals.cooperativeEarnings();
            Money cooperativesEarned = earnings.values().stream().reduce(money(0), Money::plus);
            assertThat(taawon.trialBalance().isZero()).as(label + ": trial balance is zero").isTrue();
            assertThat(totals.charged().minus(totals.refunded()))
                    .as(label + ": charges - refunds = cooperatives + platform + processor")
                    .isEqualTo(cooperativesEarned.plus(totals.platformEarned()).plus(totals.processorFees()));
            assertThat(totals.charged()).as(label + ": customers charged").isEqualTo(money(charged));
            assertThat(totals.refunded()).as(label + ": customers refunded").isEqualTo(money(refunded));
            for (Cooperative cooperative : cooperatives) {
                assertThat(earnings.getOrDefault(cooperative.id(), money(0))).as(label + ": earnings of " + cooperative.id())
                        .isEqualTo(money(cooperativeEarned.getOrDefault(cooperative.id(), 0L)));
            }
            assertThat(totals.platformEarned()).as(label + ": platform earnings").isEqualTo(money(platformEarned));
            assertThat(totals.processorFees()).as(label + ": processor fees").isEqualTo(money(processorFees));
            for (Map.Entry<String, Long> e : stock.entrySet()) {
                assertThat(taawon.stock(Sku.of(e.getKey()))).as(label + ": stock of " + e.getKey()).isEqualTo(e.getValue());
            }
        }

        private Money money(long minor) {
            return Money.of(minor, currency);
        }

        /** Runs the operation; a predicted rejection must come with its reason and change nothing. */
        private <T> T apply(String expectedReason, Supplier<T> operation) {
            TaawonFixture.State before = expectedReason == null ? null : taawon.snapshot();
            try {
                T result = operation.get();
                assertThat(expectedReason).as(label + ": accepted, but the rules reject it").isNull();
                return result;
            } catch (TaawonException e) {
                assertThat(e.reason()).as(label + ": rejection reason (" + e.getMessage() + ")").isEqualTo(expectedReason);
                assertThat(taawon.snapshot()).as(label + ": a rejected event changes nothing").isEqualTo(before);
                return null;
            }
        }

        // ---- checkout ----

        private void checkout() {
            String id = !orders.isEmpty() && random.nextInt(20) == 0 ? any(List.copyOf(orders.keySet())) : "o-" + nextOrder++;
            List<CartLine> lines = new ArrayList<>();
            int count = random.nextInt(30) == 0 ? 0 : 1 + random.nextInt(4);
            List<String> skus = products.keySet().stream().filter(s -> !s.equals("FX")).toList();
            for (int i = 0; i < count; i++) {
                String sku = random.nextInt(30) == 0 ? "NO-SUCH" : random.nextInt(30) == 0 ? "FX" : any(skus);
                long quantity = random.nextInt(30) == 0 ? any(List.of(0L, -1L, 1_000_001L))
                        : 1 + random.nextInt(random.nextInt(5) == 0 ? 8 : 3);
                lines.add(CartLine.of(sku, quantity));
            }
            long merchandise = 0;
            Set<CooperativeId> inOrder = new LinkedHashSet<>();
            for (CartLine line : lines) {
                Product product = products.get(line.sku().value());
                if (product != null) {
                    merchandise += product.price().minor() * Math.max(0, Math.min(line.quantity(), 1_000_000));
                    inOrder.add(product.cooperative());
                }
            }
            int roll = random.nextInt(20);
            long discount = roll < 10 ? 0 : roll < 18 ? (merchandise == 0 ? 0 : Math.floorMod(random.nextLong(), merchandise + 1))
                    : roll == 18 ? merchandise + 1 : -1;
            Map<CooperativeId, Money> shipping = new LinkedHashMap<>();
            for (CooperativeId cooperative : inOrder) {
                if (random.nextBoolean()) {
                    shipping.put(cooperative, money(random.nextInt(3001)));
                }
            }
            if (random.nextInt(25) == 0) {
                CooperativeId someone = any(cooperatives).id();
                shipping.put(someone, money(inOrder.contains(someone) ? -1 : 100));
            }
            CheckoutRequest request = new CheckoutRequest(OrderId.of(id), lines, money(discount), shipping, now);
            String expected = expectedCheckoutRejection(request, merchandise, inOrder);
            taawon.clock().set(now);
            Order placed = apply(expected, () -> taawon.placeOrder().place(request));
            if (placed == null) {
                return;
            }
            long total = merchandise - discount + shipping.values().stream().mapToLong(Money::minor).sum();
            assertThat(placed.total()).as(label + ": order total").isEqualTo(money(total));
            ModelOrder model = new ModelOrder(id, lines, total, now);
            settle(model, request);
            orders.put(id, model);
            lines.forEach(l -> stock.merge(l.sku().value(), -l.quantity(), Long::sum));
            assertThat(placed.status().name()).as(label + ": a placed order awaits its payment").isEqualTo("PENDING_PAYMENT");
            if (random.nextInt(3) != 0) {
                taawon.payOrder().pay(OrderId.of(id), now);
                book(model);
            }
        }

        /** §3a: the payment books what checkout fixed. */
        private void book(ModelOrder order) {
            order.status = Status.PAID;
            charged += order.total;
            order.earned.forEach((cooperative, earned) -> cooperativeEarned.merge(cooperative, earned, Long::sum));
            platformEarned += order.platformEarned;
            processorFees += order.fee;
        }

        /** SETTLEMENT.md §3 computed by the model, apart from the library. */
        private void settle(ModelOrder order, CheckoutRequest request) {
            int n = order.skus.length;
            long[] gross = new long[n];
            for (int i = 0; i < n; i++) {
                Product product = products.get(order.skus[i]);
                gross[i] = product.price().minor() * order.quantities[i];
                order.lineCooperative[i] = product.cooperative();
            }
            long discount = request.discount().minor();
            long[] lineDiscount = discount == 0 ? new long[n] : SettlementArithmetic.largestRemainder(discount, gross);
            for (int i = 0; i < n; i++) {
                order.lineNet[i] = gross[i] - lineDiscount[i];
                order.subtotal.merge(order.lineCooperative[i], order.lineNet[i], Long::sum);
            }
            List<CooperativeId> inOrder = List.copyOf(order.subtotal.keySet());
            long[] shipping = new long[inOrder.size()];
            long[] weights = new long[inOrder.size()];
            long total = 0;
            long weightSum = 0;
            for (int c = 0; c < inOrder.size(); c++) {
                Money s = request.shipping().get(inOrder.get(c));
                shipping[c] = s == null ? 0 : s.minor();
                total += order.subtotal.get(inOrder.get(c)) + shipping[c];
                weights[c] = order.subtotal.get(inOrder.get(c))
                        + (shippingRecipient == ShippingRecipient.COOPERATIVE ? shipping[c] : 0);
                weightSum += weights[c];
            }
            long fee = total > 0 ? SettlementArithmetic.rhe(total, feeBps, 10_000) + feeFixed : 0;
            boolean cooperativesBear = feeBearer == FeeBearer.COOPERATIVES && weightSum > 0;
            long[] feeShares = cooperativesBear ? SettlementArithmetic.largestRemainder(fee, weights) : new long[inOrder.size()];
            long platform = cooperativesBear ? 0 : -fee;
            for (int c = 0; c < inOrder.size(); c++) {
                CooperativeId id = inOrder.get(c);
                Cooperative cooperative = cooperatives.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                int rate = cooperative.commissionRate().map(BasisPoints::value).orElse(defaultBps);
                long commission = SettlementArithmetic.rhe(order.subtotal.get(id), rate, 10_000);
                boolean shipsForItself = shippingRecipient == ShippingRecipient.COOPERATIVE;
                long earned = order.subtotal.get(id) + (shipsForItself ? shipping[c] : 0) - commission - feeShares[c];
                order.commission.put(id, commission);
                order.refundedNet.put(id, 0L);
                order.earned.put(id, earned);
                platform += commission + (shipsForItself ? 0 : shipping[c]);
            }
            order.platformEarned = platform;
            order.fee = fee;
        }

        private String expectedCheckoutRejection(CheckoutRequest request, long merchandise, Set<CooperativeId> inOrder) {
            if (orders.containsKey(request.orderId().value())) {
                return "DUPLICATE_ORDER";
            }
            if (request.lines().isEmpty()) {
                return "EMPTY_ORDER";
            }
            for (CartLine line : request.lines()) {
                if (!products.containsKey(line.sku().value())) {
                    return "UNKNOWN_PRODUCT";
                }
                if (line.quantity() < 1 || line.quantity() > 1_000_000) {
                    return "INVALID_QUANTITY";
                }
            }
            for (CartLine line : request.lines()) {
                if (!products.get(line.sku().value()).price().currency().equals(currency)) {
                    return "CURRENCY_MISMATCH";
                }
            }
            Map<String, Long> units = new HashMap<>();
            request.lines().forEach(l -> units.merge(l.sku().value(), l.quantity(), Long::sum));
            for (Map.Entry<String, Long> e : units.entrySet()) {
                if (e.getValue() > stock.get(e.getKey())) {
                    return "INSUFFICIENT_STOCK";
                }
            }
            long discount = request.discount().minor();
            if (discount < 0 || discount > merchandise) {
                return "INVALID_DISCOUNT";
            }
            for (Map.Entry<CooperativeId, Money> e : request.shipping().entrySet()) {
                if (e.getValue().isNegative() || !inOrder.contains(e.getKey())) {
                    return "INVALID_SHIPPING";
                }
            }
            return null;
        }

        // ---- refunds ----

        private void refund() {
            boolean unknown = orders.isEmpty() || random.nextInt(25) == 0;
            ModelOrder target = unknown ? null : any(List.copyOf(orders.values()));
            String id = unknown ? "nope-" + random.nextInt(5) : target.id;
            int lineCount = target == null ? 1 : target.skus.length;
            List<RefundRequest.Line> lines = new ArrayList<>();
            int entries = random.nextInt(25) == 0 ? 0 : 1 + random.nextInt(3);
            Map<Long, Long> asked = new HashMap<>();
            for (int i = 0; i < entries; i++) {
                long index = random.nextInt(30) == 0 ? any(List.of((long) lineCount, -1L)) : random.nextInt(lineCount);
                long remaining = target == null || index < 0 || index >= lineCount ? 1
                        : target.quantities[(int) index] - target.refunded[(int) index] - asked.getOrDefault(index, 0L);
                long units = random.nextInt(30) == 0 ? any(List.of(0L, -1L))
                        : random.nextInt(12) == 0 || remaining < 1 ? Math.max(1, remaining + 1) : 1 + random.nextInt((int) remaining);
                asked.merge(index, units, Long::sum);
                lines.add(new RefundRequest.Line(index, units));
            }
            RefundRequest request = new RefundRequest(OrderId.of(id), lines, random.nextBoolean(), now);
            String expected = expectedRefundRejection(target, request);
            taawon.clock().set(now);
            Refund refund = apply(expected, () -> taawon.refundLines().refund(request));
            if (refund == null) {
                return;
            }
            Order order = taawon.order(id);
            Map<Integer, Long> units = new LinkedHashMap<>();
            lines.forEach(l -> units.merge((int) l.line(), l.units(), Long::sum));
            long amount = 0;
            Map<CooperativeId, Long> refundedNow = new LinkedHashMap<>();
            for (Map.Entry<Integer, Long> e : units.entrySet()) {
                int index = e.getKey();
                assertThat(order.lines().get(index).net()).as(label + ": net of line " + index + " (§3.2)")
                        .isEqualTo(money(target.lineNet[index]));
                long before = target.refunded[index];
                long after = before + e.getValue();
                long lineAmount = SettlementArithmetic.rhe(target.lineNet[index], after, target.quantities[index])
                        - SettlementArithmetic.rhe(target.lineNet[index], before, target.quantities[index]);
                amount += lineAmount;
                refundedNow.merge(target.lineCooperative[index], lineAmount, Long::sum);
                target.refunded[index] = after;
                if (request.restock()) {
                    stock.merge(target.skus[index], e.getValue(), Long::sum);
                }
            }
            for (Map.Entry<CooperativeId, Long> e : refundedNow.entrySet()) {
                CooperativeId cooperative = e.getKey();
                long subtotal = target.subtotal.get(cooperative);
                long commission = target.commission.get(cooperative);
                long before = target.refundedNet.get(cooperative);
                long after = before + e.getValue();
                long reversed = subtotal == 0 ? 0
                        : SettlementArithmetic.rhe(commission, after, subtotal) - SettlementArithmetic.rhe(commission, before, subtotal);
                target.refundedNet.put(cooperative, after);
                cooperativeEarned.merge(cooperative, -e.getValue() + reversed, Long::sum);
                platformEarned -= reversed;
            }
            assertThat(refund.amount()).as(label + ": refund amount (§4)").isEqualTo(money(amount));
            refunded += amount;
            boolean all = true;
            for (int i = 0; i < target.skus.length; i++) {
                all &= target.refunded[i] == target.quantities[i];
            }
            target.status = all ? Status.REFUNDED : Status.PARTIALLY_REFUNDED;
            assertThat(order.status().name()).as(label + ": order status").isEqualTo(target.status.name());
        }

        private String expectedRefundRejection(ModelOrder target, RefundRequest request) {
            if (target == null) {
                return "UNKNOWN_ORDER";
            }
            if (target.status != Status.PAID && target.status != Status.PARTIALLY_REFUNDED && target.status != Status.REFUNDED) {
                return "ORDER_NOT_PAID";
            }
            if (request.lines().isEmpty()) {
                return "EMPTY_REFUND";
            }
            for (RefundRequest.Line line : request.lines()) {
                if (line.line() < 0 || line.line() >= target.skus.length) {
                    return "UNKNOWN_LINE";
                }
                if (line.units() < 1) {
                    return "INVALID_QUANTITY";
                }
            }
            long[] asked = new long[target.skus.length];
            for (RefundRequest.Line line : request.lines()) {
                int index = (int) line.line();
                asked[index] += line.units();
                if (asked[index] > target.quantities[index] - target.refunded[index]) {
                    return "REFUND_EXCEEDS_PURCHASE";
                }
            }
            return null;
        }

        // ---- cancellations and payment confirmations ----

        private List<ModelOrder> inStatus(Status status) {
            return orders.values().stream().filter(o -> o.status == status).toList();
        }

        private void cancel() {
            List<ModelOrder> pending = inStatus(Status.PENDING);
            boolean refused = pending.isEmpty() || random.nextInt(5) == 0;
            if (refused && orders.isEmpty()) {
                return;
            }
            ModelOrder target = refused ? any(List.copyOf(orders.values())) : any(pending);
            String expected = target.status == Status.PENDING ? null
                    : target.status == Status.CANCELLED ? "ORDER_CANCELLED" : "ALREADY_PAID";
            taawon.clock().set(now);
            if (apply(expected, () -> taawon.cancelOrder().cancel(OrderId.of(target.id), now)) == null) {
                return;
            }
            release(target);
        }

        /** §3a: a cancelled or expired order gives its stock back; it never earned anything. */
        private void release(ModelOrder target) {
            target.status = Status.CANCELLED;
            for (int i = 0; i < target.skus.length; i++) {
                stock.merge(target.skus[i], target.quantities[i], Long::sum);
            }
        }

        private void expiry() {
            Duration timeout = Duration.ofMinutes(random.nextInt(4) == 0 ? 0 : random.nextInt(72 * 60));
            List<ModelOrder> due = inStatus(Status.PENDING).stream()
                    .filter(o -> !timeout.isZero() && !o.placedAt.plus(timeout).isAfter(now)).toList();
            taawon.clock().set(now);
            int expired = new ExpireUnpaidOrders(taawon.orders(), taawon.cancelOrder(), UnitOfWork.DIRECT, taawon.clock(),
                    timeout).run();
            assertThat(expired).as(label + ": orders expired with a time-out of " + timeout).isEqualTo(due.size());
            due.forEach(this::release);
            for (ModelOrder order : orders.values()) {
                assertThat(taawon.order(order.id).status().name()).as(label + ": status of " + order.id)
                        .isEqualTo(order.status == Status.PENDING ? "PENDING_PAYMENT" : order.status.name());
            }
        }

        private void paymentConfirmation() {
            List<ModelOrder> pending = inStatus(Status.PENDING);
            if (random.nextInt(6) == 0 && !orders.isEmpty()) {
                // paying an order that is no longer waiting: refused before the gateway is asked
                ModelOrder target = any(List.copyOf(orders.values()));
                if (target.status != Status.PENDING) {
                    String expected = target.status == Status.CANCELLED ? "ORDER_CANCELLED" : "ALREADY_PAID";
                    apply(expected, () -> taawon.payOrder().pay(OrderId.of(target.id), now));
                    return;
                }
            }
            if (pending.isEmpty()) {
                // the gateway delivers an old confirmation again: harmless, whatever became of the order
                List<ModelOrder> settled = orders.values().stream()
                        .filter(o -> o.status != Status.PENDING && o.status != Status.CANCELLED).toList();
                if (!settled.isEmpty()) {
                    OrderId id = OrderId.of(any(settled).id);
                    TaawonFixture.State before = taawon.snapshot();
                    taawon.confirmPayment().confirm(id, taawon.orders().get(id).paymentReference().orElseThrow(), now);
                    assertThat(taawon.snapshot()).as(label + ": a repeated confirmation changes nothing").isEqualTo(before);
                }
                return;
            }
            ModelOrder target = any(pending);
            taawon.clock().set(now);
            taawon.payOrder().pay(OrderId.of(target.id), now);
            book(target);
        }

        // ---- payout runs ----

        private void payoutRun() {
            for (int i = 0; i < cooperatives.size(); i++) {
                int roll = random.nextInt(10);
                rail.then(roll == 0 ? Answer.FAILED : roll == 1 ? Answer.SENT : Answer.PAID);
            }
            int roll = random.nextInt(100);
            if (roll < 6 && lastRunAt != null && lastRunAt.isAfter(Amounts.T0)) {
                Instant earlier = lastRunAt.minusSeconds(60);
                String id = "run-" + nextRun;
                apply("OUT_OF_ORDER", () -> taawon.payoutRun(id, earlier));
                return;
            }
            boolean resume = roll < 12 && lastRun != null;
            String id = resume ? lastRun : "run-" + nextRun++;
            Instant at = resume ? lastRunAt : now;
            List<Payout> paidBefore = taawon.payouts().forRun(PayoutRunId.of(id));
            PayoutRunReport report = apply(null, () -> taawon.payoutRun(id, at));
            lastRun = id;
            lastRunAt = at;
            for (Payout earlier : paidBefore) {
                assertThat(report.payouts()).as(label + ": a resumed run keeps its payouts")
                        .anySatisfy(p -> assertThat(p.id()).isEqualTo(earlier.id()));
            }
            assertThat(rail.sends().stream().map(Payout::id).distinct().count())
                    .as(label + ": no payout handed to the rail twice").isEqualTo(rail.sends().size());
            for (Cooperative cooperative : cooperatives) {
                Money available = taawon.ledger().balance(Account.payable(cooperative.id()), currency, at);
                Money threshold = cooperative.payoutMinimum().max(money(1));
                var payout = report.payouts().stream().filter(p -> p.cooperative().equals(cooperative.id())).findFirst();
                if (payout.isEmpty()) {
                    assertThat(available).as(label + ": " + cooperative.id() + " unpaid only below max(1, minimum)")
                            .isLessThan(threshold);
                } else if (payout.get().state() == PayoutState.FAILED) {
                    assertThat(available).as(label + ": a failed payout's money is back").isGreaterThanOrEqualTo(payout.get().amount());
                } else {
                    assertThat(payout.get().amount()).as(label + ": paid at least max(1, minimum)").isGreaterThanOrEqualTo(threshold);
                    assertThat(available).as(label + ": " + cooperative.id() + " paid its whole available balance")
                            .isEqualTo(money(0));
                }
            }
        }
    }
}
