package org.taawon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.taawon.persistence.TaawonStore;

/**
 * B3 payout run on H2 (a file database) and PostgreSQL: the data set is loaded once per database by
 * the parent, then each fork (under {@code -Xmx256m}) opens it and measures alternating pairs.
 */
final class PayoutRunBenchmark {

    static final String URL = "taawon.b3.url";
    static final String HEAP = "-Xmx256m";
    private static final double TARGET = 1.5;

    private PayoutRunBenchmark() {
    }

    /**
     * B3 alone: {@code java -cp taawon-benchmarks.jar org.taawon.benchmarks.PayoutRunBenchmark LINES COOPERATIVES PAIRS FORKS}
     * prints its results (latest.json is written by {@link RunBenchmarks} only).
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--load")) {
            // --load URL LINES COOPERATIVES: only load a database (to profile a fork on it).
            try (TaawonStore store = PayoutRunWorkload.open(args[1])) {
                new PayoutRunData(Integer.parseInt(args[2]), Integer.parseInt(args[3])).load(store);
            }
            return;
        }
        List<Result> results = run(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        results.forEach(System.out::println);
    }

    static List<Result> run(int lines, int cooperatives, int pairs, int forks) throws Exception {
        List<Result> results = new ArrayList<>();
        PayoutRunData data = new PayoutRunData(lines, cooperatives);
        Path h2 = Files.createTempDirectory("taawon-b3-");
        try {
            String url = "jdbc:h2:file:" + h2.resolve("b3").toAbsolutePath() + ";OPTIMIZE_REUSE_RESULTS=FALSE";
            results.add(measure("H2", "B3-h2", url, data, pairs, forks));
        } finally {
            deleteTree(h2);
        }
        String database = "bench_b3_" + ProcessHandle.current().pid();
        try {
            String url = PayoutRunWorkload.createPostgresDatabase(database);
            results.add(measure("PostgreSQL", "B3-pg", url, data, pairs, forks));
        } finally {
            PayoutRunWorkload.dropPostgresDatabase(database);
        }
        return results;
    }

    private static Result measure(String label, String name, String url, PayoutRunData data, int pairs, int forks)
            throws Exception {
        long start = System.nanoTime();
        try (TaawonStore store = PayoutRunWorkload.open(url)) {
            data.load(store);
        }
        System.err.printf("  [%s] %d lines over %d cooperatives loaded in %.1f s%n", name, data.lines, data.cooperatives,
                (System.nanoTime() - start) / 1e9);
        List<JsonNode> measured = RunBenchmarks.fork(name, data.lines, pairs, forks,
                List.of(HEAP, "-D" + URL + "=" + url,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.jboss.logging.provider=slf4j"));
        double lib = RunBenchmarks.medianOf(measured, "libraryNanos") / 1e6;
        double base = RunBenchmarks.medianOf(measured, "baselineNanos") / 1e6;
        double ratio = RunBenchmarks.medianOf(measured, "ratio");
        return new Result("B3 payout run: " + label + " time", lib, "ms/run", base, ratio, "ratio <= 1.5", ratio <= TARGET);
    }

    /** In the fork: open the loaded database and measure. */
    static Measurement child(int pairs) {
        try (PayoutRunWorkload workload = new PayoutRunWorkload(PayoutRunWorkload.open(System.getProperty(URL)))) {
            return workload.measure(1, pairs);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
