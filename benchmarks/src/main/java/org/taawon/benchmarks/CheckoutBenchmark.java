package org.taawon.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * B1 checkout on H2 (file) and PostgreSQL: each database in several forked JVMs, each fork on fresh
 * databases of its own, measuring alternating library/baseline pairs of {@code orders} orders each.
 * Throughput ratios are library / baseline, so higher is better.
 */
final class CheckoutBenchmark {

    static final double POSTGRESQL_RATIO = 0.90;
    static final double H2_RATIO = 0.70;
    static final double POSTGRESQL_ORDERS_PER_SECOND = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckoutBenchmark() {
    }

    /** B1 at the size (10,000 orders per run), or a reduced one with {@code quick}. */
    static List<Result> run(boolean quick, int forks) throws IOException, InterruptedException {
        // Quick: short runs, so two warm-up pairs to get Hibernate's paths compiled before measuring.
        int orders = quick ? 100 : 10_000;
        int warmups = quick ? 2 : 1;
        int pairs = 3;
        List<JsonNode> postgresql = fork(CheckoutDatabase.POSTGRESQL, orders, warmups, pairs, forks);
        List<JsonNode> h2 = fork(CheckoutDatabase.H2, orders, warmups, pairs, forks);
        double pgRatio = medianOf(postgresql, "throughputRatio");
        double h2Ratio = medianOf(h2, "throughputRatio");
        double pgLibrary = orders / (medianOf(postgresql, "libraryNanos") / 1e9);
        double pgBaseline = orders / (medianOf(postgresql, "baselineNanos") / 1e9);
        double h2Library = orders / (medianOf(h2, "libraryNanos") / 1e9);
        double h2Baseline = orders / (medianOf(h2, "baselineNanos") / 1e9);
        double pgStatements = medianOf(postgresql, "libraryStatements");
        double pgBaselineStatements = medianOf(postgresql, "baselineStatements");
        double h2Statements = medianOf(h2, "libraryStatements");
        double h2BaselineStatements = medianOf(h2, "baselineStatements");
        System.err.printf(Locale.ROOT, "  [B1] statements per order: PostgreSQL %.2f library, %.2f baseline; H2 %.2f library, %.2f baseline%n",
                pgStatements, pgBaselineStatements, h2Statements, h2BaselineStatements);
        boolean sameStatements = same(pgStatements, pgBaselineStatements) && same(h2Statements, h2BaselineStatements);
        return List.of(
                new Result("B1 checkout PostgreSQL: throughput ratio", pgLibrary, "orders/s", pgBaseline, pgRatio,
                        atLeast(POSTGRESQL_RATIO), pgRatio >= POSTGRESQL_RATIO),
                new Result("B1 checkout H2 file: throughput ratio", h2Library, "orders/s", h2Baseline, h2Ratio,
                        atLeast(H2_RATIO), h2Ratio >= H2_RATIO),
                new Result("B1 checkout PostgreSQL: orders/s", pgLibrary, "orders/s", pgBaseline, pgLibrary / pgBaseline,
                        "value >= 1000", pgLibrary >= POSTGRESQL_ORDERS_PER_SECOND),
                new Result("B1 checkout: statements per order", pgStatements, "statements/order", pgBaselineStatements,
                        pgStatements / pgBaselineStatements, "value = baseline", sameStatements));
    }

    /** Throughput ratios are library / baseline orders per second: higher is better. */
    private static String atLeast(double ratio) {
        return String.format(Locale.ROOT, "ratio >= %.2f", ratio);
    }

    /** Counts per order are fractions only through the sequences' blocks of 50, which both sides share. */
    private static boolean same(double library, double baseline) {
        return Math.abs(library - baseline) < 0.005;
    }

    /** A fork: {@code CheckoutBenchmark H2|POSTGRESQL orders warm-up-pairs pairs}; prints one {@code RESULT} line. */
    public static void main(String[] args) {
        CheckoutDatabase database = CheckoutDatabase.valueOf(args[0]);
        int orders = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int pairs = Integer.parseInt(args[3]);
        String name = "bench_b1_" + ProcessHandle.current().pid();
        try (CheckoutWorkload workload = new CheckoutWorkload(database, name, orders)) {
            Measurement m = Measurement.pairs(workload::library, workload::baseline, warmups, pairs);
            ObjectNode line = JSON.createObjectNode();
            line.put("libraryNanos", m.libraryNanos()).put("baselineNanos", m.baselineNanos())
                    .put("throughputRatio", 1 / m.ratio())
                    .put("libraryStatements", workload.libraryStatementsPerOrder())
                    .put("baselineStatements", workload.baselineStatementsPerOrder());
            System.out.println("RESULT " + line);
        }
    }

    private static List<JsonNode> fork(CheckoutDatabase database, int orders, int warmups, int pairs, int forks)
            throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int f = 0; f < forks; f++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"), CheckoutBenchmark.class.getName(), database.name(),
                    String.valueOf(orders), String.valueOf(warmups), String.valueOf(pairs));
            pb.redirectErrorStream(true);
            Process process = pb.start();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("RESULT ")) {
                        results.add(JSON.readTree(line.substring(7)));
                    } else if (!line.isBlank()) {
                        System.err.println("  [B1 " + database.label + " fork " + f + "] " + line);
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("B1 " + database.label + " fork " + f + " failed");
            }
        }
        return results;
    }

    private static double medianOf(List<JsonNode> forks, String field) {
        return Measurement.median(forks.stream().mapToDouble(n -> n.get(field).asDouble()).toArray());
    }
}
