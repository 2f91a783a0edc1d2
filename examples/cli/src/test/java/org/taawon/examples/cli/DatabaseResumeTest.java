package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.Payouts;
import org.taawon.UnitOfWork;
import org.taawon.persistence.TestDatabase;

/**
 * A settlement on a database (H2) that dies in the middle of a transaction writing an order (placing,
 * paying, cancelling, refunding, or expiring it before an event), again and again at seeded random
 * writes, and is started again on the same database each time, ends with the report of one
 * uninterrupted run: the transaction that died is rolled back, and the expiry that was under way is
 * done again at the same instant, which expires nothing more than what was left.
 */
class DatabaseResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown where the process would have died: the store's transaction rolls back. */
    private static final class ProcessDied extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts the order writes and dies at the chosen one, before or after the write (inside its transaction). */
    private static final class DyingOrders implements Orders {
        private final Orders orders;
        private final int dieAt;
        private final boolean afterWrite;
        private final Set<String> cancelledByEvent;
        int writes;
        boolean diedExpiring;

        DyingOrders(Orders orders, int dieAt, boolean afterWrite, Set<String> cancelledByEvent) {
            this.orders = orders;
            this.dieAt = dieAt;
            this.afterWrite = afterWrite;
            this.cancelledByEvent = cancelledByEvent;
        }

        private void write(Order order, Runnable change) {
            boolean die = ++writes == dieAt;
            if (die) {
                // A cancelled order the file never cancels is being expired.
                diedExpiring = order.status() == OrderStatus.CANCELLED && !cancelledByEvent.contains(order.id().value());
            }
            if (die && !afterWrite) {
                throw new ProcessDied();
            }
            change.run();
            if (die) {
                throw new ProcessDied();
            }
        }

        @Override
        public boolean exists(OrderId id) {
            return orders.exists(id);
        }

        @Override
        public Optional<Order> find(OrderId id) {
            return orders.find(id);
        }

        @Override
        public Optional<Order> findForUpdate(OrderId id) {
            return orders.findForUpdate(id);
        }

        @Override
        public void add(Order order) {
            write(order, () -> orders.add(order));
        }

        @Override
        public void update(Order order) {
            write(order, () -> orders.update(order));
        }

        @Override
        public List<OrderId> awaitingPayment(Instant placedAtOrBefore, int limit) {
            return orders.awaitingPayment(placedAtOrBefore, limit);
        }

        @Override
        public List<Order> forCooperative(CooperativeId cooperative) {
            return orders.forCooperative(cooperative);
        }
    }

    /** The database's store, its orders seen through {@link DyingOrders}. */
    private record DyingStore(SettlementStore store, DyingOrders orders) implements SettlementStore {
        @Override
        public Cooperatives cooperatives() {
            return store.cooperatives();
        }

        @Override
        public Products products() {
            return store.products();
        }

        @Override
        public LedgerEntries ledger() {
            return store.ledger();
        }

        @Override
        public Payouts payouts() {
            return store.payouts();
        }

        @Override
        public UnitOfWork unitOfWork() {
            return store.unitOfWork();
        }

        @Override
        public ProcessedEvents processedEvents() {
            return store.processedEvents();
        }

        @Override
        public SettlementLog log() {
            return store.log();
        }

        @Override
        public boolean holdsData() {
            return store.holdsData();
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 8).map(i -> 0xDB5E0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_settlement_dying_at_any_order_write_resumes_on_the_database_to_the_same_report(long seed) throws IOException {
        TestDatabase.H2.assumeReachable();
        Random random = new Random(seed);
        int deaths = 0;
        int deathsExpiring = 0;
        int settled = 0;
        // Scenarios with an expiry, until at least three were settled and a run died expiring an order.
        while (settled < 3 || deathsExpiring == 0) {
            assertThat(settled).as("scenarios settled without a run dying while expiring an order, seed " + seed).isLessThan(20);
            ObjectNode json = RandomScenariosTest.randomScenario(random);
            Set<String> seen = new HashSet<>();
            ReferenceSettlement.settle(json, seen);
            if (!seen.contains("expired")) {
                continue; // these runs are about expiry among the rest
            }
            settled++;
            byte[] bytes = JSON.writeValueAsBytes(json);
            Scenario scenario = ScenarioFile.read(new ByteArrayInputStream(bytes));
            String fingerprint = TaawonCli.fingerprint(bytes);
            String context = "seed " + seed + ": " + new String(bytes, StandardCharsets.UTF_8);
            Set<String> cancelledByEvent = new HashSet<>();
            for (JsonNode event : json.get("events")) {
                if (event.get("type").asText().equals("cancel")) {
                    cancelledByEvent.add(event.get("order").asText());
                }
            }

            InMemorySettlementStore reference = new InMemorySettlementStore();
            ObjectNode expected = SettlementReport.of(scenario, reference, new SettlementRun(scenario, reference,
                    new InMemoryPaymentGateway(), new InMemoryPayoutRail()).run(fingerprint));

            try (SettlementStore database = DatabaseSettlementStore.open(TestDatabase.H2.freshJdbcUrl(), null, null, false)) {
                InMemoryPayoutRail rail = new InMemoryPayoutRail();
                List<Rejection> rejected = null;
                for (int attempt = 0; rejected == null; attempt++) {
                    assertThat(attempt).as("attempts, " + context).isLessThan(60);
                    // Die at one of the next few writes, until a run gets through.
                    DyingOrders orders = new DyingOrders(database.orders(), 1 + random.nextInt(3), random.nextBoolean(),
                            cancelledByEvent);
                    try {
                        rejected = new SettlementRun(scenario, new DyingStore(database, orders), new InMemoryPaymentGateway(), rail)
                                .run(fingerprint);
                    } catch (ProcessDied died) {
                        deaths++;
                        deathsExpiring += orders.diedExpiring ? 1 : 0;
                    }
                }
                List<String> differences = new ArrayList<>();
                WorkedExamplesTest.diff(SettlementReport.of(scenario, database, rejected), expected, "$", differences);
                assertThat(differences).as(context).isEmpty();
            }
        }
        System.out.printf("DatabaseResumeTest seed %d: %d deaths, %d of them while expiring an order%n", seed, deaths, deathsExpiring);
        assertThat(deaths).as("runs that died, seed " + seed).isGreaterThan(deathsExpiring);
    }
}
