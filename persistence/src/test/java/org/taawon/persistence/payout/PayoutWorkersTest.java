package org.taawon.persistence.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutState;
import org.taawon.persistence.Fixtures;
import org.taawon.persistence.TaawonStore;
import org.taawon.persistence.TestDatabase;

/**
 * Several instances draining one payout run of 1,000 payouts at once, each with its own pool and
 * worker id, calling {@link org.taawon.core.payout.RunDuePayouts} as a cron job would: the run is
 * planned once, every payout reaches the rail exactly once (the rail writes each send to a table of
 * its own, without deduplicating), none is left behind, and the database never answers a unique (or
 * any integrity) violation, which would mean two workers tried the same thing and only the
 * constraint stopped them.
 */
class PayoutWorkersTest {

    private static final int COOPERATIVES = 1_000;
    private static final int WORKERS = 4;

    private record World(TestDatabase database, String url, String user, String password, Map<CooperativeId, Long> owed) {
    }

    private static World world(TestDatabase database, long seed) throws SQLException {
        database.assumeReachable();
        String url = database.freshJdbcUrl();
        String user = database.user() != null ? database.user() : "sa";
        String password = database.password() != null ? database.password() : "";
        Map<CooperativeId, Long> owed = new HashMap<>();
        Random random = new Random(seed);
        try (TaawonStore store = TaawonStore.builder().jdbcUrl(url).user(user).password(password).build()) {
            store.transactions().inTransaction(() -> {
                for (int i = 0; i < COOPERATIVES; i++) {
                    CooperativeId id = CooperativeId.of(String.format("coop-%04d", i));
                    store.cooperatives().save(Cooperative.of(id, "Coopérative " + i, CooperativeKind.WOMEN, "Drâa-Tafilalet",
                            Fixtures.MAD));
                    long gross = 1_000 + random.nextInt(200_000);
                    store.ledger().append(Fixtures.sale("sale:o-" + i, id, gross, Fixtures.T0));
                    owed.put(id, gross - gross / 10);
                }
                return null;
            });
        }
        RecordingRail.createTable(url, user, password);
        return new World(database, url, user, password, owed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void four_worker_threads_with_their_own_pools_drain_a_run_of_1000_payouts_exactly_once(TestDatabase database) throws Exception {
        long seed = 20261129L + database.ordinal();
        System.out.println("PayoutWorkersTest threads on " + database + ", seed " + seed);
        World world = world(database, seed);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<CompletableFuture<PayoutWorker.Result>> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                String worker = "thread-" + i;
                workers.add(CompletableFuture.supplyAsync(() -> PayoutWorker.drain(world.url(), world.user(), world.password(),
                        worker, Duration.ofSeconds(30), Duration.ofMinutes(3), 200_000), pool));
            }
            long violations = 0;
            List<Integer> handled = new ArrayList<>();
            for (CompletableFuture<PayoutWorker.Result> worker : workers) {
                PayoutWorker.Result result = worker.get(4, TimeUnit.MINUTES);
                violations += result.violations();
                handled.add(result.progress().handled());
            }
            System.out.println("  payouts handled per worker: " + handled + ", violations: " + violations);
            assertThat(violations).as("integrity violations").isZero();
            assertThat(handled.stream().mapToInt(Integer::intValue).sum()).as("each payout recorded by one worker").isEqualTo(COOPERATIVES);
            assertExactlyOnce(world);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void four_worker_jvms_drain_a_run_on_postgresql_and_take_over_the_claims_of_one_killed_midway() throws Exception {
        World world = world(TestDatabase.POSTGRESQL, 7L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<String> all = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < WORKERS; i++) {
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    PayoutWorker.class.getName(), world.url(), world.user(), world.password(), "jvm-" + i, "3000", "10")
                    .redirectErrorStream(true).start();
            processes.add(process);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith("DONE") || line.startsWith("VIOLATION") || line.contains("Exception")) {
                            lines.add(process.pid() + " " + line);
                        }
                        all.add(process.pid() + " " + line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }
        // Kill the first worker once it has sent some payouts: it dies holding claims, some of them sent
        // but not recorded; the others must look those up and not send them again.
        Instant give = Instant.now().plus(Duration.ofMinutes(2));
        while (sentBy(world, "jvm-0") < 10 && Instant.now().isBefore(give) && processes.get(0).isAlive()) {
            Thread.sleep(20);
        }
        long sentBeforeKill = sentBy(world, "jvm-0");
        String stack = "";
        if (sentBeforeKill < 10 && processes.get(0).isAlive()) {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(processes.get(0).pid())).redirectErrorStream(true).start();
            stack = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        processes.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        for (Process process : processes.subList(1, WORKERS)) {
            assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("worker ends").isTrue();
            assertThat(process.exitValue()).isZero();
        }
        System.out.println("PayoutWorkersTest JVMs on PostgreSQL: jvm-0 killed after " + sentBeforeKill + " sends; " + lines);
        assertThat(sentBeforeKill).as("the kill landed mid-run; jvm-0: " + stack).isGreaterThanOrEqualTo(10).isLessThan(COOPERATIVES);
        assertThat(lines).noneMatch(line -> line.contains("VIOLATION") || line.contains("Exception"));
        assertThat(lines.stream().filter(line -> line.contains("DONE"))).hasSize(WORKERS - 1)
                .allMatch(line -> line.endsWith("violations=0"));
        assertExactlyOnce(world);
    }

    private static long sentBy(World world, String worker) throws SQLException {
        try (Connection c = DriverManager.getConnection(world.url(), world.user(), world.password());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + RecordingRail.TABLE + " WHERE worker = '" + worker + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void assertExactlyOnce(World world) throws SQLException {
        Map<String, Long> sends = new HashMap<>();
        Map<String, Long> amounts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(world.url(), world.user(), world.password());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT payout_id, COUNT(*), MAX(amount_minor) FROM " + RecordingRail.TABLE
                     + " GROUP BY payout_id")) {
            while (rows.next()) {
                sends.put(rows.getString(1), rows.getLong(2));
                amounts.put(rows.getString(1), rows.getLong(3));
            }
        }
        try (TaawonStore store = TaawonStore.builder().jdbcUrl(world.url()).user(world.user()).password(world.password())
                .migrate(false).build()) {
            List<Payout> payouts = store.payouts().forRun(PayoutWorker.RUN.id());
            assertThat(payouts).as("planned once: one payout per cooperative").hasSize(COOPERATIVES);
            assertThat(payouts).as("none left behind").allMatch(p -> p.state() == PayoutState.PAID);
            assertThat(sends.values().stream().filter(n -> n > 1)).as("sent twice").isEmpty();
            assertThat(sends).as("every payout reached the rail").hasSize(COOPERATIVES);
            for (Payout payout : payouts) {
                assertThat(amounts.get(payout.id().value())).isEqualTo(payout.amount().minor());
                assertThat(payout.amount().minor()).isEqualTo(world.owed().get(payout.cooperative()));
                assertThat(payout.attempts()).isEqualTo(1);
            }
            assertThat(TrialBalance.of(store.ledger(), Fixtures.MAD).isZero()).isTrue();
            long paid = 0;
            for (Map.Entry<CooperativeId, Long> coop : world.owed().entrySet()) {
                assertThat(store.ledger().balance(Account.payable(coop.getKey()), Fixtures.MAD)).isEqualTo(Money.zero(Fixtures.MAD));
                paid += store.ledger().balance(Account.paid(coop.getKey()), Fixtures.MAD).minor();
            }
            assertThat(paid).isEqualTo(world.owed().values().stream().mapToLong(Long::longValue).sum());
        }
    }
}
