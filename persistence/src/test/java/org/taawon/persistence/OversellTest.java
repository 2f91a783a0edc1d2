package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.PlaceOrder;
import org.taawon.persistence.support.StoreConflictException;

/**
 * Stock is never oversold: in each seeded trial 50 buyers check out at the same instant, through
 * core's {@link PlaceOrder} and the store's transactions, for 0 to 20 units of stock. Even seeds give
 * every buyer one unit of one product (then exactly min(stock, 50) are sold); odd seeds give them carts
 * of one to three products. A buyer refused with {@link StoreConflictException} (a retryable conflict)
 * tries again; any other outcome than an order or INSUFFICIENT_STOCK fails the trial.
 */
class OversellTest {

    private static final int TRIALS = 200;
    private static final int BUYERS = 50;
    private static final int RETRIES = 20;
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private static final Map<TestDatabase, Tally> TALLIES = new ConcurrentHashMap<>();
    private static ExecutorService buyers;

    @BeforeAll
    static void startBuyers() {
        buyers = Executors.newFixedThreadPool(BUYERS);
    }

    @AfterAll
    static void report() {
        buyers.shutdownNow();
        for (TestDatabase db : TestDatabase.values()) {
            Tally t = TALLIES.get(db);
            if (t != null) {
                System.out.printf("oversell trials on %s: %d trials, %d buyers, %d orders placed, %d refused INSUFFICIENT_STOCK,"
                                + " %d conflicts retried, %d units sold of %d in stock%n", db, t.trials.get(), t.buyers.get(),
                        t.orders.get(), t.refused.get(), t.conflicts.get(), t.sold.get(), t.stock.get());
            }
        }
    }

    static Stream<Arguments> trials() {
        return Stream.of(TestDatabase.values()).flatMap(db -> Stream.iterate(1L, s -> s + 1).limit(TRIALS)
                .map(seed -> Arguments.of(db, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("trials")
    void concurrent_buyers_never_take_more_than_the_stock(TestDatabase database, long seed) throws Exception {
        TaawonStore store = database.store();
        Shop shop = new Shop(store);
        if (store.cooperatives().find(CooperativeId.of("coop-1")).isEmpty()) {
            shop.cooperatives(2);
        }
        Trial trial = new Trial(seed);
        store.transactions().inTransaction(() -> trial.products.forEach(store.products()::save));

        List<Outcome> outcomes = race(shop, trial);

        String context = database + ", seed " + seed + ": ";
        Tally tally = TALLIES.computeIfAbsent(database, d -> new Tally());
        Map<Sku, Long> sold = new LinkedHashMap<>();
        Set<String> won = new HashSet<>();
        for (Outcome o : outcomes) {
            if (o.won) {
                won.add(o.orderId);
                o.lines.forEach(l -> sold.merge(l.sku(), l.quantity(), Long::sum));
            }
        }
        Map<Sku, Long> left = new LinkedHashMap<>();
        store.products().all().forEach(p -> left.put(p.sku(), p.stock()));
        for (Product initial : trial.products) {
            long remaining = left.get(initial.sku());
            long unitsSold = sold.getOrDefault(initial.sku(), 0L);
            assertThat(remaining).as(context + "stock of " + initial.sku()).isNotNegative();
            assertThat(unitsSold + remaining).as(context + "sold + remaining of " + initial.sku()).isEqualTo(initial.stock());
            tally.sold.addAndGet(unitsSold);
            tally.stock.addAndGet(initial.stock());
        }
        if (trial.singleUnit) {
            assertThat((long) won.size()).as(context + "units sold").isEqualTo(Math.min(trial.products.get(0).stock(), BUYERS));
        }
        for (Outcome o : outcomes) {
            if (!o.won) {
                // Stock only fell during the race, so what was short for a loser is still short now.
                assertThat(o.lines).as(context + o.orderId + " was refused although its cart fits the stock left")
                        .anySatisfy(l -> assertThat(l.quantity()).isGreaterThan(left.get(l.sku())));
            }
        }
        assertThat(ids(store, "SELECT order_id FROM taawon_order WHERE order_id LIKE ?", trial.prefix + "%"))
                .as(context + "orders on record").isEqualTo(won);
        // A checkout holds stock and books nothing: every order waits for its payment.
        assertThat(ids(store, "SELECT order_id FROM taawon_order WHERE order_id LIKE ? AND status = 'PENDING_PAYMENT'",
                trial.prefix + "%")).as(context + "orders waiting for their payment").isEqualTo(won);
        assertThat(ids(store, "SELECT transaction_id FROM taawon_ledger_transaction WHERE transaction_id LIKE ?",
                "%:" + trial.prefix + "%")).as(context + "transactions in the ledger").isEmpty();

        tally.trials.incrementAndGet();
        tally.buyers.addAndGet(outcomes.size());
        tally.orders.addAndGet(won.size());
        tally.refused.addAndGet(outcomes.size() - won.size());
        outcomes.forEach(o -> tally.conflicts.addAndGet(o.conflicts));
    }

    private static List<Outcome> race(Shop shop, Trial trial) throws Exception {
        PlaceOrder placeOrder = shop.placeOrder();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>(BUYERS);
        for (int b = 0; b < BUYERS; b++) {
            String orderId = trial.prefix + "b" + b;
            List<CartLine> lines = trial.carts.get(b);
            futures.add(buyers.submit(() -> {
                start.await();
                return buy(shop, placeOrder, orderId, lines);
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>(BUYERS);
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        return outcomes;
    }

    private static Outcome buy(Shop shop, PlaceOrder placeOrder, String orderId, List<CartLine> lines) {
        CheckoutRequest request = new CheckoutRequest(OrderId.of(orderId), lines, Fixtures.mad(0), Map.of(), AT);
        int conflicts = 0;
        while (true) {
            try {
                shop.store().transactions().inTransaction(() -> placeOrder.place(request));
                return new Outcome(orderId, lines, true, conflicts);
            } catch (OrderRejectedException e) {
                if (e.rejection() != OrderRejection.INSUFFICIENT_STOCK) {
                    fail(orderId + " refused for " + e.rejection() + ": " + e.getMessage());
                }
                return new Outcome(orderId, lines, false, conflicts);
            } catch (StoreConflictException e) {
                if (++conflicts > RETRIES) {
                    throw e;
                }
            }
        }
    }

    private static Set<String> ids(TaawonStore store, String sql, String pattern) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, pattern);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** The products and carts of one seeded trial. */
    private static final class Trial {
        final String prefix;
        final boolean singleUnit;
        final List<Product> products = new ArrayList<>();
        final List<List<CartLine>> carts = new ArrayList<>();

        Trial(long seed) {
            Random random = new Random(seed);
            prefix = "t" + seed + "-";
            singleUnit = seed % 2 == 0;
            int productCount = singleUnit ? 1 : 1 + random.nextInt(3);
            for (int p = 0; p < productCount; p++) {
                products.add(new Product(Sku.of(prefix + "p" + p), CooperativeId.of("coop-" + (p % 2)), "Trial product",
                        "test", Fixtures.mad(100 + random.nextInt(5000)), random.nextInt(21)));
            }
            for (int b = 0; b < BUYERS; b++) {
                if (singleUnit) {
                    carts.add(List.of(new CartLine(products.get(0).sku(), 1)));
                    continue;
                }
                List<CartLine> cart = new ArrayList<>();
                List<Product> shuffled = new ArrayList<>(products);
                java.util.Collections.shuffle(shuffled, random);
                int lines = 1 + random.nextInt(productCount);
                for (int l = 0; l < lines; l++) {
                    cart.add(new CartLine(shuffled.get(l).sku(), 1 + random.nextInt(3)));
                }
                carts.add(cart);
            }
        }
    }

    private record Outcome(String orderId, List<CartLine> lines, boolean won, int conflicts) {
    }

    private static final class Tally {
        final AtomicLong trials = new AtomicLong();
        final AtomicLong buyers = new AtomicLong();
        final AtomicLong orders = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong sold = new AtomicLong();
        final AtomicLong stock = new AtomicLong();
    }
}
