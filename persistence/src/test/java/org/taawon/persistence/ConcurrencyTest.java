package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.RefundRequest;
import org.taawon.persistence.support.StoreConflictException;

/** Concurrent changes to one order or one product: row locks and versions keep them apart. */
class ConcurrencyTest {

    private static final OrderId ORDER = OrderId.of("o-shared");

    @OnEveryDatabase
    void concurrent_refunds_never_refund_more_units_than_were_bought(TestDatabase database) throws Exception {
        TaawonStore store = database.store();
        store.clear();
        Shop shop = new Shop(store);
        shop.cooperatives(1);
        store.transactions().inTransaction(() -> {
            store.products().save(Fixtures.product("ARGAN-250", CooperativeId.of("coop-0"), 12000, 10));
            shop.placeOrder().place(new CheckoutRequest(ORDER, List.of(CartLine.of("ARGAN-250", 3)), Fixtures.mad(0), Map.of(),
                    Fixtures.T0));
            shop.confirmPayment(new InMemoryPaymentGateway(), shop.journal()).confirm(ORDER, "pay_1", Fixtures.T0);
        });
        int clerks = 8;
        ExecutorService threads = Executors.newFixedThreadPool(clerks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int c = 0; c < clerks; c++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    RefundRequest request = new RefundRequest(ORDER, List.of(new RefundRequest.Line(0, 1)), true,
                            Fixtures.T0.plus(Duration.ofDays(1)));
                    try {
                        store.transactions().inTransaction(() -> shop.refundLines(shop.journal()).refund(request));
                        return "REFUNDED";
                    } catch (OrderRejectedException e) {
                        return e.rejection().name();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn("REFUNDED"::equals).hasSize(3);
            assertThat(results).filteredOn(r -> !r.equals("REFUNDED"))
                    .containsOnly(OrderRejection.REFUND_EXCEEDS_PURCHASE.name());
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.orders().get(ORDER).refunds()).extracting(r -> r.number()).containsExactly(1, 2, 3);
        assertThat(store.products().get(Sku.of("ARGAN-250")).stock()).isEqualTo(10);
        for (int n = 1; n <= 3; n++) {
            assertThat(store.ledger().contains(TransactionId.of("refund:o-shared/refund-" + n))).isTrue();
        }
        assertThat(store.ledger().contains(TransactionId.of("refund:o-shared/refund-4"))).isFalse();
    }

    @OnEveryDatabase
    void a_change_made_on_a_stale_read_is_refused_as_a_retryable_conflict(TestDatabase database) throws Exception {
        TaawonStore store = database.store();
        store.clear();
        store.products().save(Fixtures.product("RUG-S", Fixtures.RUGS, 99900, 2));
        CountDownLatch bothRead = new CountDownLatch(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> store.transactions().inTransaction(() -> {
                Product rug = store.products().get(Sku.of("RUG-S"));
                bothRead.countDown();
                await(bothRead);
                store.products().save(rug.withPrice(Fixtures.mad(89900)));
            }));
            Future<?> second = threads.submit(() -> store.transactions().inTransaction(() -> {
                Product rug = store.products().get(Sku.of("RUG-S"));
                bothRead.countDown();
                await(firstCommitted);
                store.products().save(rug.restock(5));
            }));
            first.get(30, TimeUnit.SECONDS);
            firstCommitted.countDown();

            assertThat(catchCause(second)).isInstanceOf(StoreConflictException.class)
                    .satisfies(e -> assertThat(((StoreConflictException) e).reason()).isEqualTo("STORE_CONFLICT"));
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.products().get(Sku.of("RUG-S"))).isEqualTo(Fixtures.product("RUG-S", Fixtures.RUGS, 89900, 2));
    }

    private static Throwable catchCause(Future<?> future) throws Exception {
        try {
            future.get(30, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
