package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.persistence.support.DatabaseErrors;

/** The database itself refuses a second order id, a second payout of a run to a cooperative and a second ledger id. */
class UniqueKeysTest {

    private static TaawonStore cleared(TestDatabase database) {
        TaawonStore store = database.store();
        store.clear();
        return store;
    }

    private static void twice(TaawonStore store, String first, String second) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(first);
            assertThatThrownBy(() -> s.executeUpdate(second)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(DatabaseErrors.isUniqueViolation(e)).isTrue());
        }
    }

    @OnEveryDatabase
    void an_order_id_is_taken_once(TestDatabase database) throws SQLException {
        String insert = "INSERT INTO taawon_order (id, order_id, currency, placed_at, discount_minor, discount_currency, status,"
                + " status_changed_at, version) VALUES (%d, 'o-1', 'MAD', 0, 0, 'MAD', 'PAID', 0, 0)";
        twice(cleared(database), insert.formatted(900000001), insert.formatted(900000002));
    }

    @OnEveryDatabase
    void a_run_pays_a_cooperative_once(TestDatabase database) throws SQLException {
        String insert = "INSERT INTO taawon_payout (id, payout_id, run_id, cooperative_id, amount_minor, amount_currency,"
                + " destination_type, state, planned_at, attempts, version)"
                + " VALUES (%d, '%s', 'run-1', 'coop-a', 100, 'MAD', 'NONE', 'PLANNED', 0, 0, 0)";
        twice(cleared(database), insert.formatted(900000001, "p-1"), insert.formatted(900000002, "p-2"));
    }

    @OnEveryDatabase
    void a_ledger_transaction_id_is_recorded_once(TestDatabase database) throws SQLException {
        String insert = "INSERT INTO taawon_ledger_transaction (id, transaction_id, recorded_at, currency, version)"
                + " VALUES (%d, 'sale:o-1', 0, 'MAD', 0)";
        twice(cleared(database), insert.formatted(900000001), insert.formatted(900000002));
    }

    @OnEveryDatabase
    void two_checkouts_racing_with_one_order_id_leave_one_order(TestDatabase database) throws Exception {
        TaawonStore store = cleared(database);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstInserted = new CountDownLatch(1);
        try {
            Future<?> first = threads.submit(() -> store.transactions().inTransaction(() -> {
                store.orders().add(Fixtures.order("o-race", Fixtures.T0));
                firstInserted.countDown();
                sleep(300);
            }));
            Future<?> second = threads.submit(() -> {
                await(firstInserted);
                store.transactions().inTransaction(() -> store.orders().add(Fixtures.order("o-race", Fixtures.T0.plusSeconds(1))));
            });
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> f : List.of(first, second)) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }

            assertThat(failures).singleElement().isInstanceOf(OrderRejectedException.class)
                    .satisfies(e -> assertThat(((OrderRejectedException) e).rejection()).isEqualTo(OrderRejection.DUPLICATE_ORDER));
            assertThat(store.orders().get(OrderId.of("o-race")).placedAt()).isEqualTo(Fixtures.T0);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
