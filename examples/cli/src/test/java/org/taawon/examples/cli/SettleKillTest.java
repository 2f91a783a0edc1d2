package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.payments.stripe.StripeStandIn;

/**
 * {@code settle --db jdbc:h2:file:... --payouts stripe} in a child JVM, killed with SIGKILL at seeded
 * random instants spread over a whole run and started again with the same arguments: the last run
 * exits 0 with the report of an uninterrupted run, the Stripe stand-in holds exactly one transfer per
 * payout, with the payout's amount and destination, and the database holds each payout PAID by it.
 * The stand-in answers every POST late, so kills land between a transfer being made and its answer
 * being recorded. After each kill the database must hold every payout Stripe has a transfer for as
 * SENDING or PAID: a SENDING mark is committed before the call, and a commit survives the kill. Each
 * kill is classified by the state it left (before the first event, in a checkout, payment, cancel or
 * refund or the expiry of unpaid orders before it, in a
 * payout run with or without a payout SENDING, after the last event) and a summary is printed.
 *
 * <p>100 trials when {@code taawon.ci} is true, 12 otherwise ({@code -Dtaawon.settleKill.trials=N}
 * overrides); two trials run at once (junit-platform.properties), so that one's JVM starts while the
 * other waits on the stand-in. A failing trial prints its seed, its kills, the payouts in the database
 * and the transfers at the stand-in.
 */
@Execution(ExecutionMode.CONCURRENT)
class SettleKillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRIALS = Integer.getInteger("taawon.settleKill.trials",
            "true".equals(System.getProperty("taawon.ci")) ? 100 : 12);
    /** Every POST is answered this late: long enough for kills to land while a transfer waits for its answer. */
    private static final Duration ANSWER_DELAY = Duration.ofMillis(40);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(300);
    private static final String STRIPE_KEY = "sk_test_taawon";

    @TempDir
    static Path shared;

    private static Path scenarioFile;
    private static JsonNode scenario;
    private static JsonNode expectedReport;
    /** The reference run's transfers by transfer group (the payout id). */
    private static Map<String, JsonObject> expectedTransfers;
    private static long referenceMillis;
    private static Path classDataArchive;
    private static String childClassPath;

    private static final Map<String, AtomicInteger> KILLS_BY_PHASE = new ConcurrentHashMap<>();
    private static final AtomicInteger KILLS = new AtomicInteger();
    private static final AtomicInteger KILLS_MISSED = new AtomicInteger();
    private static final AtomicInteger TRANSFERS_UNRECORDED = new AtomicInteger();
    private static final AtomicInteger TRIALS_DONE = new AtomicInteger();
    private static final AtomicLong STARTED = new AtomicLong();
    private static final AtomicInteger INSPECTIONS = new AtomicInteger();

    static LongStream seeds() {
        return LongStream.range(0, TRIALS).map(i -> 0x5E771E00L + i);
    }

    @BeforeAll
    static void settleOnceWithoutKills() throws Exception {
        scenario = scenario(new Random(0x5CE7A810L));
        scenarioFile = Files.writeString(shared.resolve("scenario.json"), JSON.writeValueAsString(scenario));
        // The first run writes a class-data archive the other JVMs start from: it saves about 40 % of a start's CPU.
        Path archive = shared.resolve("settle.jsa");
        Reference first = referenceRun(shared.resolve("reference-1"), List.of("-XX:ArchiveClassesAtExit=" + archive));
        classDataArchive = Files.isRegularFile(archive) ? archive : null;
        // Two more at once, as the trials run: their mean duration is the span kills are spread over.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var second = pool.submit(() -> referenceRun(shared.resolve("reference-2"), List.of()));
            var third = pool.submit(() -> referenceRun(shared.resolve("reference-3"), List.of()));
            for (Reference other : List.of(second.get(), third.get())) {
                assertThat(other.report()).isEqualTo(first.report());
                assertThat(other.transfers()).isEqualTo(first.transfers());
            }
            referenceMillis = (second.get().millis() + third.get().millis()) / 2;
        } finally {
            pool.shutdown();
        }
        expectedReport = first.report();
        expectedTransfers = first.transfers();
        assertThat(expectedReport.at("/orders/cancelled").asInt()).as("orders cancelled or expired").isGreaterThanOrEqualTo(2);
        assertThat(expectedReport.at("/orders/paid").asInt()).as("orders paid").isGreaterThanOrEqualTo(10);
        assertThat(expectedReport.get("rejected").findValuesAsText("reason")).as("late payments refused")
                .contains("ORDER_CANCELLED");
        assertThat(expectedTransfers).as("payouts of the scenario").hasSizeGreaterThanOrEqualTo(15)
                .hasSize(payoutCount(expectedReport));
        System.out.printf("SettleKillTest: %d events, %d payouts, uninterrupted run %d ms (two at once), class-data archive %s, %d trials%n",
                scenario.get("events").size(), expectedTransfers.size(), referenceMillis,
                classDataArchive == null ? "none" : "used", TRIALS);
        STARTED.set(System.nanoTime());
    }

    private record Reference(JsonNode report, Map<String, JsonObject> transfers, long millis) {
    }

    private static Reference referenceRun(Path dir, List<String> jvmOptions) throws Exception {
        Files.createDirectories(dir);
        try (StripeStandIn stripe = standIn(0)) {
            long start = System.nanoTime();
            Process settle = start(dir, stripe, jvmOptions, 0);
            if (!settle.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                settle.destroyForcibly();
                throw new AssertionError("the uninterrupted run did not finish in " + RUN_TIMEOUT);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(settle.exitValue()).as(Files.readString(dir.resolve("err-0.txt"))).isZero();
            Map<String, JsonObject> transfers = new TreeMap<>();
            for (JsonObject transfer : stripe.transfers()) {
                assertThat(transfers.put(transfer.get("transfer_group").getAsString(), transfer)).as("a second transfer").isNull();
            }
            return new Reference(JSON.readTree(dir.resolve("out-0.txt").toFile()), transfers, millis);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void settle_killed_at_random_instants_and_started_again_pays_each_payout_once_with_the_same_report(long seed, @TempDir Path dir)
            throws Exception {
        Random random = new Random(seed);
        int kills = random.nextInt(3) == 0 ? 2 : 1;
        List<String> trace = new ArrayList<>();
        long span = referenceMillis;
        // A first run that ends before its kill (the machine was faster than the reference) is no
        // trial: it starts again on a fresh database, its kill drawn within the duration just seen.
        for (int fresh = 0; fresh < 5; fresh++) {
            Path db = Files.createDirectories(dir.resolve("fresh-" + fresh));
            try (StripeStandIn stripe = standIn(seed)) {
                long at = (long) (random.nextDouble() * span);
                long started = System.nanoTime();
                Process first = start(db, stripe, List.of(), 0);
                if (first.waitFor(at, TimeUnit.MILLISECONDS)) {
                    span = (System.nanoTime() - started) / 1_000_000;
                    KILLS_MISSED.incrementAndGet();
                    trace.add("run 0 ended (status " + first.exitValue() + ") before its kill at " + at + " ms, again on a fresh database");
                    continue;
                }
                kill(first, db, stripe, seed, 0, at, trace);
                int run = 1;
                for (; run < kills; run++) {
                    long next = (long) (random.nextDouble() * span);
                    Process restarted = start(db, stripe, List.of(), run);
                    if (restarted.waitFor(next, TimeUnit.MILLISECONDS)) {
                        KILLS_MISSED.incrementAndGet();
                        trace.add("run " + run + " ended (status " + restarted.exitValue() + ") before its kill at " + next + " ms");
                        run++;
                        break;
                    }
                    kill(restarted, db, stripe, seed, run, next, trace);
                }
                finish(db, stripe, seed, run, trace);
                TRIALS_DONE.incrementAndGet();
                return;
            }
        }
        throw new AssertionError("seed " + seed + ": no kill landed in five runs: " + trace);
    }

    private static void kill(Process settle, Path db, StripeStandIn stripe, long seed, int run, long at, List<String> trace)
            throws Exception {
        settle.destroyForcibly(); // SIGKILL
        assertThat(settle.waitFor(30, TimeUnit.SECONDS)).as("killed JVM gone").isTrue();
        String phase = phaseAfterKill(db, stripe, "seed " + seed + ", run " + run + " killed at " + at + " ms");
        KILLS.incrementAndGet();
        KILLS_BY_PHASE.computeIfAbsent(phase.replaceAll(" \\(.*", ""), k -> new AtomicInteger()).incrementAndGet();
        trace.add("run " + run + " killed at " + at + " ms: " + phase);
    }

    /** Runs settle once more to its end and checks the report, the transfers and the payouts. */
    private static void finish(Path db, StripeStandIn stripe, long seed, int run, List<String> trace) throws Exception {
        Process last = start(db, stripe, List.of(), run);
        boolean finished = last.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            last.destroyForcibly();
        }
        String context = "seed " + seed + ": " + String.join("; ", trace) + "\n" + state(db, stripe);
        String err = Files.readString(db.resolve("err-" + run + ".txt"));
        assertThat(finished).as("last run finished, " + context).isTrue();
        assertThat(last.exitValue()).as("exit status, " + err + "\n" + context).isZero();

        List<String> differences = new ArrayList<>();
        WorkedExamplesTest.diff(JSON.readTree(db.resolve("out-" + run + ".txt").toFile()), expectedReport, "$", differences);
        assertThat(differences).as("report against the uninterrupted run, " + context).isEmpty();
        assertPaidOnce(stripe, db, context);
        assertThat(stripe.counts().idempotencyErrors()).as("idempotency errors, " + context).isZero();
        System.out.printf("SettleKillTest seed %d: %s; then completed%n", seed, String.join("; ", trace));
    }

    /** One transfer per payout group, as in the uninterrupted run, and each payout PAID with that transfer. */
    private static void assertPaidOnce(StripeStandIn stripe, Path dir, String context) throws SQLException {
        Map<String, List<JsonObject>> byGroup = new TreeMap<>();
        for (JsonObject transfer : stripe.transfers()) {
            byGroup.computeIfAbsent(transfer.get("transfer_group").getAsString(), g -> new ArrayList<>()).add(transfer);
        }
        assertThat(byGroup.keySet()).as("payouts that reached Stripe, " + context).isEqualTo(expectedTransfers.keySet());
        Map<String, String> transferOfGroup = new TreeMap<>();
        byGroup.forEach((group, transfers) -> {
            assertThat(transfers).as("transfers of payout " + group + ", " + context).hasSize(1);
            JsonObject actual = transfers.get(0);
            JsonObject expected = expectedTransfers.get(group);
            for (String field : List.of("amount", "currency", "destination", "metadata")) {
                assertThat(actual.get(field)).as(field + " of payout " + group + ", " + context).isEqualTo(expected.get(field));
            }
            transferOfGroup.put(group, actual.get("id").getAsString());
        });
        Map<String, String> recorded = new TreeMap<>();
        try (Connection db = open(dir); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT payout_id, state, rail_reference FROM taawon_payout")) {
            while (rs.next()) {
                recorded.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        transferOfGroup.forEach((group, id) -> expected.put(group, "PAID " + id));
        assertThat(recorded).as("payouts in the database, " + context).isEqualTo(expected);
    }

    /**
     * Where the kill landed, read from the database it left: before the first event (JVM start,
     * migration, catalogue), in a checkout, payment, cancel or refund (or the expiry before it), in a
     * payout run (with how many payouts SENDING),
     * or after the last event. Also checks what the payout engine promises a killed process: each
     * transfer Stripe made belongs to a payout the database holds as SENDING (committed before the
     * call) or as PAID by that transfer.
     */
    private static String phaseAfterKill(Path dir, StripeStandIn stripe, String context) throws SQLException {
        if (!Files.exists(dir.resolve("settle.mv.db"))) {
            return "before the first event (no database file yet)";
        }
        try (Connection db = open(dir); Statement st = db.createStatement()) {
            if (!hasTable(st, "TAAWON_PROCESSED_EVENT") || !hasTable(st, "TAAWON_PAYOUT_LOCK")) {
                return "before the first event (schema not migrated)";
            }
            Map<String, String> payouts = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT payout_id, state, rail_reference FROM taawon_payout")) {
                while (rs.next()) {
                    payouts.put(rs.getString(1), rs.getString(2) + (rs.getString(3) == null ? "" : " " + rs.getString(3)));
                }
            }
            int unanswered = 0;
            for (JsonObject transfer : stripe.transfers()) {
                String held = payouts.get(transfer.get("transfer_group").getAsString());
                if ("SENDING".equals(held)) {
                    unanswered++;
                } else {
                    assertThat(held).as("the database after the kill holds the payout of transfer " + transfer
                            + " as SENDING or PAID by it, " + context + "\n" + state(dir, stripe))
                            .isEqualTo("PAID " + transfer.get("id").getAsString());
                }
            }
            TRANSFERS_UNRECORDED.addAndGet(unanswered);
            int recorded = count(st, "SELECT COUNT(*) FROM taawon_processed_event WHERE event_id LIKE 'settle/%/%'");
            if (count(st, "SELECT COUNT(*) FROM taawon_processed_event WHERE event_id LIKE 'settle/%'") == 0) {
                return "before the first event (catalogue not loaded)";
            }
            JsonNode events = scenario.get("events");
            if (recorded >= events.size()) {
                return "after the last event (report)";
            }
            String type = events.get(recorded).get("type").asText();
            if (!type.equals("payoutRun")) {
                return "in a checkout, payment, cancel or refund, or the expiry before it (event " + recorded + ", " + type + ")";
            }
            int sending = count(st, "SELECT COUNT(*) FROM taawon_payout WHERE state = 'SENDING'");
            if (sending > 0) {
                return "in a payout run, a payout SENDING (event " + recorded + "; " + unanswered
                        + " of them already a transfer at Stripe)";
            }
            return "in a payout run, none SENDING (event " + recorded + ")";
        }
    }

    /** The database and the stand-in, for a failing trial's message. */
    private static String state(Path dir, StripeStandIn stripe) {
        StringBuilder text = new StringBuilder("payouts in the database:");
        try (Connection db = open(dir); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT payout_id, state, attempts, rail_reference, claimed_by, lease_until, amount_minor "
                     + "FROM taawon_payout ORDER BY id")) {
            while (rs.next()) {
                text.append("\n  ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(" attempts=")
                        .append(rs.getInt(3)).append(" ref=").append(rs.getString(4)).append(" claimedBy=")
                        .append(rs.getString(5)).append(" lease=").append(rs.getString(6)).append(" amount=").append(rs.getLong(7));
            }
            text.append("\nevents recorded: ")
                    .append(count(st, "SELECT COUNT(*) FROM taawon_processed_event WHERE event_id LIKE 'settle/%/%'"));
        } catch (SQLException | RuntimeException e) {
            text.append(" unreadable: ").append(e.getMessage());
        }
        text.append("\ntransfers at Stripe:");
        for (JsonObject transfer : stripe.transfers()) {
            text.append("\n  ").append(transfer.get("id").getAsString()).append(' ')
                    .append(transfer.get("transfer_group").getAsString()).append(' ').append(transfer.get("amount"));
        }
        return text.append("\nstand-in: ").append(stripe.counts()).toString();
    }

    @AfterAll
    static void summary() {
        long seconds = (System.nanoTime() - STARTED.get()) / 1_000_000_000L;
        System.out.printf("SettleKillTest: %d trials passed in %d s; %d kills (and %d runs ended before their kill); kills by phase %s; "
                        + "%d transfers were made at Stripe whose answer was not yet recorded when a kill landed%n",
                TRIALS_DONE.get(), seconds, KILLS.get(), KILLS_MISSED.get(), new TreeMap<>(KILLS_BY_PHASE), TRANSFERS_UNRECORDED.get());
    }

    private static StripeStandIn standIn(long seed) throws IOException {
        StripeStandIn stripe = StripeStandIn.start();
        stripe.injecting(new StripeStandIn.Faults(seed, 0, 0, 0, 0, 1.0, ANSWER_DELAY));
        return stripe;
    }

    /** Starts settle in a child JVM on the trial's H2 file database; its output goes to files of the run. */
    private static Process start(Path dir, StripeStandIn stripe, List<String> jvmOptions, int run) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // C1 only, serial GC, and the class-data archive: a settle JVM spends most of its time starting.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto",
                // the JVM's own warnings (class-data sharing) go to standard error, never into the report
                "-Xlog:disable", "-Xlog:all=warning:stderr"));
        if (classDataArchive != null) {
            command.add("-XX:SharedArchiveFile=" + classDataArchive);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", childClassPath(), TaawonCli.class.getName(), "settle",
                "--db", "jdbc:h2:file:" + dir.resolve("settle"), "--payouts", "stripe", "--stripe-api-base", stripe.apiBase(),
                scenarioFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out-" + run + ".txt").toFile())
                .redirectError(dir.resolve("err-" + run + ".txt").toFile());
        builder.environment().put(PayoutRails.STRIPE_KEY_VARIABLE, STRIPE_KEY);
        return builder.start();
    }

    /**
     * The test class path for settle: its jars, and each directory of classes packed into a jar, since
     * class-data sharing archives nothing from a class path holding a directory it loaded from. The
     * directory of the test classes is left out: settle does not need it.
     */
    private static synchronized String childClassPath() throws IOException {
        if (childClassPath == null) {
            Path tests = Path.of(java.net.URI.create(SettleKillTest.class.getProtectionDomain().getCodeSource().getLocation().toString()));
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (!Files.isDirectory(path)) {
                    entries.add(entry);
                } else if (!path.toAbsolutePath().normalize().equals(tests.toAbsolutePath().normalize())) {
                    entries.add(jarOf(path, shared.resolve("classes-" + entries.size() + ".jar")).toString());
                }
            }
            childClassPath = String.join(File.pathSeparator, entries);
        }
        return childClassPath;
    }

    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            // Directory entries too: Flyway finds its migrations' folder through them.
            for (Path file : (Iterable<Path>) files.filter(p -> !p.equals(classes)).sorted()::iterator) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                out.putNextEntry(new java.util.jar.JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (!Files.isDirectory(file)) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * Opens a copy of the trial's database: looking must not change what the next run finds, nor hold
     * a lock on it (a file the kill left uninitialised cannot even be opened read-only).
     */
    private static Connection open(Path dir) throws SQLException {
        Path copy = dir.resolve("inspected-" + INSPECTIONS.incrementAndGet());
        try {
            Files.copy(dir.resolve("settle.mv.db"), copy.resolveSibling(copy.getFileName() + ".mv.db"));
        } catch (IOException e) {
            throw new SQLException("cannot copy the database of " + dir, e);
        }
        return DriverManager.getConnection("jdbc:h2:file:" + copy, "", "");
    }

    private static boolean hasTable(Statement st, String table) throws SQLException {
        return count(st, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + table + "'") > 0;
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int payoutCount(JsonNode report) {
        int n = 0;
        for (JsonNode coop : report.get("cooperatives")) {
            n += coop.get("payouts").size();
        }
        return n;
    }

    /**
     * A valid scenario with five cooperatives paid through Stripe, sales, refunds (some after a
     * payout, so a later balance starts negative) and a payout run every six events; a third of the
     * checkouts are placed unpaid, then paid, cancelled, or expired by the six-hour payment time-out
     * (some payments come too late and are refused).
     */
    static ObjectNode scenario(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode s = f.objectNode().put("currency", "MAD");
        s.putObject("config").put("defaultCommissionBps", 1200).put("feeBps", 290).put("feeFixed", 300).put("holdDays", 0)
                .put("paymentTimeoutMinutes", 360);
        int coops = 5;
        ArrayNode coopArray = s.putArray("cooperatives");
        for (int c = 0; c < coops; c++) {
            ObjectNode coop = coopArray.addObject().put("id", "coop-" + (char) ('a' + c)).put("stripeAccount", "acct_coop" + c);
            if (c == coops - 1) {
                coop.put("payoutMinimum", 60_000);
            }
        }
        int products = 10;
        ArrayNode productArray = s.putArray("products");
        for (int p = 0; p < products; p++) {
            productArray.addObject().put("sku", "SKU-" + p).put("cooperative", "coop-" + (char) ('a' + p % coops))
                    .put("price", 1_000 + r.nextInt(20_000)).put("stock", 40);
        }
        ArrayNode events = s.putArray("events");
        Instant at = Instant.parse("2026-05-01T08:00:00Z");
        Map<String, Integer> linesOf = new LinkedHashMap<>();
        List<String> unpaid = new ArrayList<>();
        for (int e = 0; e < 42; e++) {
            at = at.plusSeconds(3_600L * (1 + r.nextInt(12)));
            ObjectNode event = events.addObject();
            if (e % 6 == 5) {
                event.put("type", "payoutRun").put("at", at.toString());
            } else if (!unpaid.isEmpty() && r.nextInt(3) == 0) {
                event.put("type", r.nextInt(4) == 0 ? "cancel" : "payment").put("at", at.toString()).put("order", unpaid.remove(0));
            } else if (linesOf.isEmpty() || r.nextInt(4) > 0) {
                String id = "o-" + e;
                event.put("type", "checkout").put("at", at.toString()).put("order", id);
                if (r.nextInt(3) == 0) {
                    event.put("paid", false);
                    unpaid.add(id);
                }
                ArrayNode lines = event.putArray("lines");
                int n = 1 + r.nextInt(3);
                for (int l = 0; l < n; l++) {
                    lines.addObject().put("sku", "SKU-" + ((e + 3 * l) % products)).put("qty", 1 + r.nextInt(2));
                }
                linesOf.put(id, n);
                if (r.nextBoolean()) {
                    event.put("discount", r.nextInt(1_500));
                }
            } else {
                List<String> ids = new ArrayList<>(linesOf.keySet());
                String id = ids.get(r.nextInt(ids.size()));
                event.put("type", "refund").put("at", at.toString()).put("order", id).put("restock", r.nextBoolean());
                event.putArray("lines").addObject().put("line", r.nextInt(linesOf.get(id))).put("qty", 1);
            }
        }
        return s;
    }
}
