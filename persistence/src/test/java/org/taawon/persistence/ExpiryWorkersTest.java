package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderCancelled;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PaymentRecord;
import org.taawon.UnitOfWork;
import org.taawon.persistence.support.StoreConflictException;

/**
 * Unpaid orders expire while customers pay: four instances, each with its own store and pool, run
 * {@link ExpireUnpaidOrders} over and over, as a scheduler on each would, while a shop places card
 * orders and pays some at once and some just as their time-out falls due (so their payments race
 * the expiry of the same order), through {@link PayOrder} or a gateway's confirmation
 * ({@link ConfirmPayment}). Time is a shared clock that moves with every checkout. In the end every
 * order is paid or cancelled, once; no unit of stock is lost or made; each paid order has one sale
 * and each cancelled one none; and a payment that lost the race was refunded once and booked nothing.
 */
class ExpiryWorkersTest {

    private static final int EXPIRERS = 4;
    private static final int PLACERS = 2;
    private static final int PAYERS = 2;
    private static final int ORDERS = 300;
    private static final Duration TICK = Duration.ofMillis(10);
    /** The payment time-out: 100 checkouts. */
    private static final Duration TIMEOUT = TICK.multipliedBy(100);
    private static final long STOCK = 100_000;
    private static final List<String> SKUS = List.of("ARGAN-250", "AMLOU-500", "RUG-S");

    /** What became of an order's payment. */
    private enum Fate { PAID_AT_ONCE, PAID_LATE, REFUNDED_LATE, REFUSED_LATE, ABANDONED }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void payments_racing_four_expiry_workers_leave_every_order_paid_or_cancelled_once(TestDatabase database) throws Exception {
        long seed = 20261205L + database.ordinal();
        System.out.println("ExpiryWorkersTest on " + database + ", seed " + seed);
        database.assumeReachable();
        String url = database.freshJdbcUrl();
        String user = database.user() != null ? database.user() : "sa";
        String password = database.password() != null ? database.password() : "";
        VirtualClock clock = new VirtualClock(Fixtures.T0);
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        Map<OrderId, AtomicInteger> cancellations = new ConcurrentHashMap<>();
        Map<OrderId, Fate> fates = new ConcurrentHashMap<>();
        Map<OrderId, String> lateReferences = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<OrderId> late = new ConcurrentLinkedQueue<>();
        AtomicBoolean placing = new AtomicBoolean(true);
        AtomicBoolean expiring = new AtomicBoolean(true);
        AtomicLong conflicts = new AtomicLong();
        AtomicInteger expiredByWorkers = new AtomicInteger();

        List<TaawonStore> stores = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(EXPIRERS + PLACERS + PAYERS);
        long started = System.nanoTime();
        try {
            TaawonStore shopStore = TaawonStore.builder().jdbcUrl(url).user(user).password(password).maximumPoolSize(PLACERS + PAYERS + 1).build();
            stores.add(shopStore);
            Shop shop = new Shop(shopStore);
            shop.cooperatives(2);
            shopStore.transactions().inTransaction(() -> {
                for (int i = 0; i < SKUS.size(); i++) {
                    shopStore.products().save(Fixtures.product(SKUS.get(i), CooperativeId.of("coop-" + (i % 2)), 4000L + 2500 * i, STOCK));
                }
            });
            PayOrder payOrder = shop.payOrder(gateway);
            ConfirmPayment confirm = shop.confirmPayment(gateway, shop.journal());

            List<CompletableFuture<Void>> expirers = new ArrayList<>();
            for (int w = 0; w < EXPIRERS; w++) {
                TaawonStore own = TaawonStore.builder().jdbcUrl(url).user(user).password(password).maximumPoolSize(2).build();
                stores.add(own);
                ExpireUnpaidOrders expire = expirer(own, clock, cancellations);
                expirers.add(CompletableFuture.runAsync(() -> {
                    while (expiring.get()) {
                        try {
                            expiredByWorkers.addAndGet(expire.run());
                        } catch (StoreConflictException e) {
                            conflicts.incrementAndGet();
                        }
                        pause();
                    }
                }, threads));
            }

            List<CompletableFuture<Void>> shoppers = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int p = 0; p < PLACERS; p++) {
                Random random = new Random(seed * 31 + p);
                shoppers.add(CompletableFuture.runAsync(() -> {
                    for (int n = next.getAndIncrement(); n < ORDERS; n = next.getAndIncrement()) {
                        OrderId id = OrderId.of(String.format("o-%04d", n));
                        List<CartLine> lines = new ArrayList<>();
                        for (String sku : SKUS) {
                            if (lines.isEmpty() || random.nextInt(3) == 0) {
                                lines.add(CartLine.of(sku, 1 + random.nextInt(3)));
                            }
                        }
                        Collections.shuffle(lines, random);
                        Instant at = clock.tick();
                        retrying(conflicts, () -> shopStore.transactions().inTransaction(() -> shop.placeOrder()
                                .place(new CheckoutRequest(id, lines, Fixtures.mad(0), Map.of(), at))));
                        int fate = random.nextInt(10);
                        if (fate < 3) {
                            // Paid at once, unless (rarely) the time-out passed since the checkout.
                            Fate outcome = payAtTheShop(shopStore, payOrder, id, clock, conflicts, lateReferences);
                            fates.put(id, outcome == Fate.PAID_LATE ? Fate.PAID_AT_ONCE : outcome);
                        } else if (fate < 7) {
                            late.add(id);
                        } else {
                            fates.put(id, Fate.ABANDONED);
                        }
                    }
                }, threads));
            }
            for (int p = 0; p < PAYERS; p++) {
                Random random = new Random(seed * 57 + p);
                shoppers.add(CompletableFuture.runAsync(() -> {
                    while (placing.get() || !late.isEmpty()) {
                        OrderId id = late.poll();
                        if (id == null) {
                            pause();
                            continue;
                        }
                        Order order = shopStore.orders().get(id);
                        // Pay as the time-out falls due: a few ticks before, at, or after it.
                        Instant due = order.placedAt().plus(TIMEOUT).plus(TICK.multipliedBy(random.nextInt(5) - 2));
                        while (clock.instant().isBefore(due) && placing.get()) {
                            pause();
                        }
                        fates.put(id, random.nextBoolean()
                                ? payByWebhook(shopStore, gateway, confirm, order, clock, conflicts, lateReferences)
                                : payAtTheShop(shopStore, payOrder, id, clock, conflicts, lateReferences));
                    }
                }, threads));
            }

            for (int i = 0; i < PLACERS; i++) {
                shoppers.get(i).get(5, TimeUnit.MINUTES);
            }
            // The shop closes: time moves past every time-out, and the last late payments race the last expiries.
            clock.advance(TIMEOUT.plus(TICK.multipliedBy(5)));
            placing.set(false);
            for (CompletableFuture<Void> payer : shoppers) {
                payer.get(5, TimeUnit.MINUTES);
            }
            expiring.set(false);
            for (CompletableFuture<Void> expirer : expirers) {
                expirer.get(1, TimeUnit.MINUTES);
            }
            // A last pass finds nothing left: the workers expired every order that was due.
            int leftOver = expirer(shopStore, clock, cancellations).run();
            double seconds = (System.nanoTime() - started) / 1e9;

            check(shopStore, fates, cancellations, gateway, lateReferences, expiredByWorkers.get() + leftOver);
            assertThat(leftOver).as("orders the workers left unexpired").isZero();

            Map<Fate, Integer> tally = new HashMap<>();
            fates.values().forEach(f -> tally.merge(f, 1, Integer::sum));
            System.out.printf("  %s: %d orders, %d paid (%d at once, %d late), %d expired (%d abandoned, %d refunded late,"
                            + " %d refused before any charge), %d conflicts retried, %.1f s%n", database, fates.size(),
                    tally.getOrDefault(Fate.PAID_AT_ONCE, 0) + tally.getOrDefault(Fate.PAID_LATE, 0),
                    tally.getOrDefault(Fate.PAID_AT_ONCE, 0), tally.getOrDefault(Fate.PAID_LATE, 0), expiredByWorkers.get(),
                    tally.getOrDefault(Fate.ABANDONED, 0), tally.getOrDefault(Fate.REFUNDED_LATE, 0),
                    tally.getOrDefault(Fate.REFUSED_LATE, 0), conflicts.get(), seconds);
            assertThat(tally.getOrDefault(Fate.PAID_LATE, 0)).as("late payments that won their race").isPositive();
            assertThat(tally.getOrDefault(Fate.REFUNDED_LATE, 0) + tally.getOrDefault(Fate.REFUSED_LATE, 0))
                    .as("late payments that lost their race").isPositive();
        } finally {
            expiring.set(false);
            placing.set(false);
            threads.shutdownNow();
            threads.awaitTermination(1, TimeUnit.MINUTES);
            stores.forEach(TaawonStore::close);
        }
    }

    private static void check(TaawonStore store, Map<OrderId, Fate> fates, Map<OrderId, AtomicInteger> cancellations,
                              InMemoryPaymentGateway gateway, Map<OrderId, String> lateReferences, int expired) {
        assertThat(fates).hasSize(ORDERS);
        Map<Sku, Long> held = new HashMap<>();
        int cancelled = 0;
        Map<String, List<LedgerTransaction>> byOrder = new HashMap<>();
        for (LedgerTransaction tx : store.ledger().all()) {
            byOrder.computeIfAbsent(tx.id().value().split(":")[1], k -> new ArrayList<>()).add(tx);
        }
        for (Map.Entry<OrderId, Fate> entry : fates.entrySet()) {
            OrderId id = entry.getKey();
            Fate fate = entry.getValue();
            Order order = store.orders().get(id);
            List<LedgerTransaction> booked = byOrder.getOrDefault(id.value(), List.of());
            int cancelledTimes = cancellations.getOrDefault(id, new AtomicInteger()).get();
            boolean paid = fate == Fate.PAID_AT_ONCE || fate == Fate.PAID_LATE;
            if (paid) {
                assertThat(order.status()).as(id + " " + fate).isEqualTo(OrderStatus.PAID);
                assertThat(cancelledTimes).as(id + " cancellations").isZero();
                assertThat(booked).as(id + " transactions").extracting(t -> t.id().value()).containsExactly("sale:" + id.value());
                for (OrderLine line : order.lines()) {
                    held.merge(line.sku(), line.quantity(), Long::sum);
                }
            } else {
                cancelled++;
                assertThat(order.status()).as(id + " " + fate).isEqualTo(OrderStatus.CANCELLED);
                assertThat(cancelledTimes).as(id + " cancellations").isEqualTo(1);
                assertThat(booked).as(id + " transactions").isEmpty();
            }
            String reference = lateReferences.get(id);
            List<InMemoryPaymentGateway.RefundMade> refunds = gateway.refunds().stream()
                    .filter(r -> r.paymentReference().equals(reference)).toList();
            if (fate == Fate.REFUNDED_LATE) {
                assertThat(refunds).as(id + " refunds").containsExactly(new InMemoryPaymentGateway.RefundMade(reference,
                        order.total(), ConfirmPayment.idempotencyKey(id, reference)));
                PaymentRecord record = store.paymentRecords().find(reference).orElseThrow();
                assertThat(record.refunded()).isEqualTo(record.amount());
            } else {
                assertThat(refunds).as(id + " refunds").isEmpty();
            }
        }
        assertThat(gateway.refunds()).hasSize((int) fates.values().stream().filter(f -> f == Fate.REFUNDED_LATE).count());
        assertThat(expired).as("orders expired by the workers").isEqualTo(cancelled);
        // Stock now + units of paid orders (nothing is unpaid any more) = the stock at the start.
        for (Product product : store.products().all()) {
            assertThat(product.stock() + held.getOrDefault(product.sku(), 0L)).as("stock of " + product.sku()).isEqualTo(STOCK);
        }
        assertThat(TrialBalance.of(store.ledger(), Fixtures.MAD).total()).isEqualTo(Money.zero(Fixtures.MAD));
    }

    /** A customer paying on the card page: the shop starts the payment, which the gateway accepts at once. */
    private static Fate payAtTheShop(TaawonStore store, PayOrder payOrder, OrderId id, VirtualClock clock, AtomicLong conflicts,
                                     Map<OrderId, String> references) {
        PaymentGateway.Payment payment;
        try {
            payment = retrying(conflicts, () -> store.transactions().inTransaction(() -> payOrder.pay(id, clock.instant())));
        } catch (OrderRejectedException e) {
            assertThat(e.rejection()).as(id + " refused").isEqualTo(OrderRejection.ORDER_CANCELLED);
            return Fate.REFUSED_LATE;
        }
        references.put(id, payment.reference());
        Order order = store.orders().get(id);
        return order.status() == OrderStatus.PAID && order.paymentReference().orElseThrow().equals(payment.reference())
                ? Fate.PAID_LATE : Fate.REFUNDED_LATE;
    }

    /** A customer whose card was charged on the gateway's page: the gateway's confirmation comes as the order falls due. */
    private static Fate payByWebhook(TaawonStore store, InMemoryPaymentGateway gateway, ConfirmPayment confirm, Order order,
                                     VirtualClock clock, AtomicLong conflicts, Map<OrderId, String> references) {
        PaymentGateway.Payment payment = gateway.startPayment(new PaymentGateway.PaymentRequest(order.id(), order.total(),
                PayOrder.idempotencyKey(order.id()), Map.of("order_id", order.id().value())));
        references.put(order.id(), payment.reference());
        ConfirmPayment.Confirmation confirmation = retrying(conflicts, () -> store.transactions().inTransaction(
                () -> confirm.confirm(order.id(), payment.reference(), payment.amount(), clock.instant())));
        return switch (confirmation.outcome()) {
            case BOOKED -> Fate.PAID_LATE;
            case REFUNDED -> Fate.REFUNDED_LATE;
            case ALREADY_BOOKED -> throw new AssertionError(order.id() + " was confirmed twice");
        };
    }

    /** One instance's expiry: cancellations are counted once their transaction committed. */
    private static ExpireUnpaidOrders expirer(TaawonStore store, VirtualClock clock, Map<OrderId, AtomicInteger> cancellations) {
        ThreadLocal<List<OrderId>> uncommitted = ThreadLocal.withInitial(ArrayList::new);
        OrderEvents counting = new OrderEvents() {
            @Override
            public void orderCancelled(OrderCancelled event) {
                uncommitted.get().add(event.order().id());
            }
        };
        UnitOfWork counted = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                uncommitted.get().clear();
                try {
                    T result = store.unitOfWork().inTransaction(work);
                    uncommitted.get().forEach(id -> cancellations.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
                    return result;
                } finally {
                    uncommitted.get().clear();
                }
            }
        };
        return new ExpireUnpaidOrders(store.orders(), new CancelOrder(store.orders(), store.products(), counting), counted, clock, TIMEOUT);
    }

    /** Runs {@code work} again when the store answers a conflict (nothing of it was applied). */
    private static <T> T retrying(AtomicLong conflicts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (StoreConflictException e) {
                conflicts.incrementAndGet();
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Shared time: each checkout moves it one tick on. */
    private static final class VirtualClock extends Clock {
        private final Instant start;
        private final AtomicLong ticks = new AtomicLong();

        VirtualClock(Instant start) {
            this.start = start;
        }

        Instant tick() {
            return start.plus(TICK.multipliedBy(ticks.incrementAndGet()));
        }

        void advance(Duration by) {
            ticks.addAndGet(by.dividedBy(TICK));
        }

        @Override
        public Instant instant() {
            return start.plus(TICK.multipliedBy(ticks.get()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
