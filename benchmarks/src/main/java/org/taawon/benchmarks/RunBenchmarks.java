package org.taawon.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the benchmarks: each in several forked JVMs, each fork measuring alternating library/baseline
 * pairs; the medians over forks go to {@code results/latest.json} and a table on standard output.
 *
 * <pre>
 * java -jar taawon-benchmarks.jar [--quick] [--out DIR]
 * </pre>
 */
public final class RunBenchmarks {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        boolean quick = List.of(args).contains("--quick");
        Path out = Path.of(argAfter(args, "--out", "benchmarks/results"));
        int forks = quick ? 2 : 3;
        List<Result> results = new ArrayList<>();
        results.addAll(CheckoutBenchmark.run(quick, forks));
        results.addAll(split(quick ? 100_000 : 1_000_000, quick ? 5 : 9, forks));
        results.addAll(PayoutRunBenchmark.run(quick ? 30_000 : 1_000_000, quick ? 100 : 1_000, quick ? 3 : 5, forks));
        results.addAll(dispatch(quick ? 300 : 1_000));
        results.addAll(bankFile(10_000, quick ? 5 : 9, forks));
        write(out, results, quick);
    }

    /** B4: split and allocation, library vs plain longs. */
    static List<Result> split(int lines, int pairs, int forks) throws IOException, InterruptedException {
        List<JsonNode> measured = fork("B4", lines, pairs, forks, "-Xmx2g");
        double lib = medianOf(measured, "libraryNanos") / lines;
        double base = medianOf(measured, "baselineNanos") / lines;
        double ratio = medianOf(measured, "ratio");
        double libBytes = medianOf(measured, "libraryBytes") / lines;
        double baseBytes = medianOf(measured, "baselineBytes") / lines;
        return List.of(
                new Result("B4 split: time per line", lib, "ns/line", base, ratio, "ratio <= 3", ratio <= 3),
                new Result("B4 split: allocation per line", libBytes, "B/line", baseBytes,
                        baseBytes > 0 ? libBytes / baseBytes : Double.NaN, "value <= 48", libBytes <= 48));
    }

    /** B5 dispatch: payouts through the Stripe rail to the rate-limited stand-in, once, in its own JVM. */
    static List<Result> dispatch(int payouts) throws IOException, InterruptedException {
        JsonNode m = fork("B5-dispatch", payouts, 1, 1, "-Xmx1g").get(0);
        double perSecond = m.get("transfersPerSecond").asDouble();
        double target = 0.9 * DispatchWorkload.LIMIT_PER_SECOND;
        int duplicates = m.get("duplicates").asInt();
        int lost = m.get("lost").asInt();
        System.err.printf(Locale.ROOT, "  [B5 dispatch] %s%n", m);
        return List.of(
                new Result("B5 dispatch: transfers per second", perSecond, "transfers/s", DispatchWorkload.LIMIT_PER_SECOND,
                        perSecond / DispatchWorkload.LIMIT_PER_SECOND, "value >= " + target, perSecond >= target),
                new Result("B5 dispatch: duplicate transfers", duplicates, "transfers", Double.NaN, Double.NaN,
                        "value == 0", duplicates == 0),
                new Result("B5 dispatch: payouts without a transfer", lost, "payouts", Double.NaN, Double.NaN,
                        "value == 0", lost == 0 && m.get("paid").asInt() == payouts));
    }

    /** B5 bank file: a run's payouts through the bank-file rail vs the same bytes written plainly. */
    static List<Result> bankFile(int payouts, int pairs, int forks) throws IOException, InterruptedException {
        List<JsonNode> measured = fork("B5-bank", payouts, pairs, forks, "-Xmx1g");
        double lib = medianOf(measured, "libraryNanos") / 1e6;
        double base = medianOf(measured, "baselineNanos") / 1e6;
        double ratio = medianOf(measured, "ratio");
        int transactions = (int) medianOf(measured, "checked");
        return List.of(new Result("B5 bank file: " + payouts + " payouts", lib, "ms/file", base, ratio,
                        "ratio <= " + BANK_FILE_RATIO, ratio <= BANK_FILE_RATIO),
                new Result("B5 bank file: transactions, total checked", transactions, "transactions", payouts, 1.0 * transactions / payouts,
                        "value == " + payouts, transactions == payouts));
    }

    /**
     * The bank-file rail records each payout before answering SENT (one CSV append per payout, and
     * the account checked) where the baseline writes each file once: 10,000 small writes and checks
     * against two large writes. A factor of 5 leaves room for that and nothing else.
     */
    static final double BANK_FILE_RATIO = 5;

    private static void child(String name, int size, int pairs) throws Exception {
        Measurement m;
        int checked = 0;
        if (name.equals("B4")) {
            SplitWorkload workload = new SplitWorkload(size);
            // Warm-up by lines, not runs: a quick size must reach compiled code before the pairs count.
            m = Measurement.pairs(workload::library, workload::baseline, Math.max(3, 3_000_000 / size), pairs);
        } else if (name.startsWith("B3")) {
            m = PayoutRunBenchmark.child(pairs);
        } else if (name.equals("B5-bank")) {
            BankFileWorkload workload = new BankFileWorkload(size);
            m = Measurement.pairs(workload::library, workload::baseline, 2, pairs);
            // Throws unless both files match the baseline's bytes and hold every payout and the total.
            checked = workload.check();
            workload.clean();
        } else if (name.equals("B5-dispatch")) {
            DispatchWorkload.Figures f = DispatchWorkload.run(size, 20261129L);
            ObjectNode line = JSON.valueToTree(f);
            line.put("transfersPerSecond", f.transfersPerSecond());
            System.out.println("RESULT " + line);
            return;
        } else {
            throw new IllegalArgumentException("no benchmark " + name);
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("libraryNanos", m.libraryNanos()).put("baselineNanos", m.baselineNanos()).put("ratio", m.ratio())
                .put("libraryBytes", m.libraryBytes()).put("baselineBytes", m.baselineBytes()).put("checked", checked);
        System.out.println("RESULT " + line);
    }

    private static List<JsonNode> fork(String name, int size, int pairs, int forks, String heap)
            throws IOException, InterruptedException {
        return fork(name, size, pairs, forks, List.of(heap));
    }

    /** Forks with JVM options (heap first, then any {@code -D} settings the child reads). */
    static List<JsonNode> fork(String name, int size, int pairs, int forks, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int f = 0; f < forks; f++) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
            command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    RunBenchmarks.class.getName(), "--child", name, String.valueOf(size), String.valueOf(pairs)));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.redirectErrorStream(true);
            Process process = pb.start();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("RESULT ")) {
                        results.add(JSON.readTree(line.substring(7)));
                    } else {
                        System.err.println("  [" + name + " fork " + f + "] " + line);
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException(name + " fork " + f + " failed");
            }
        }
        return results;
    }

    static double medianOf(List<JsonNode> forks, String field) {
        double[] values = forks.stream().mapToDouble(n -> n.get(field).asDouble()).toArray();
        return Measurement.median(values);
    }

    private static void write(Path dir, List<Result> results, boolean quick) throws IOException {
        Files.createDirectories(dir);
        ArrayNode array = JSON.createArrayNode();
        for (Result r : results) {
            ObjectNode node = array.addObject();
            node.put("name", r.name());
            putNumber(node, "value", r.value());
            node.put("unit", r.unit());
            putNumber(node, "baseline", r.baseline());
            putNumber(node, "ratio", r.ratio());
            node.put("target", r.target());
            node.put("meets", r.meets());
        }
        Files.writeString(dir.resolve("latest.json"), JSON.writeValueAsString(array) + "\n");
        System.out.println(machine() + (quick ? "  (quick sizes)" : ""));
        System.out.printf(Locale.ROOT, "%-42s %14s %14s %8s  %-14s %s%n", "benchmark", "library", "baseline", "ratio", "target", "meets");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-42s %10.1f %-3s %10.1f %-3s %8.2f  %-14s %s%n", r.name(), r.value(),
                    shortUnit(r.unit()), r.baseline(), shortUnit(r.unit()), r.ratio(), r.target(), r.meets() ? "yes" : "NO");
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 1000) / 1000.0);
        }
    }

    private static String shortUnit(String unit) {
        return unit.length() > 3 ? unit.substring(0, Math.min(3, unit.indexOf('/') > 0 ? unit.indexOf('/') : 3)) : unit;
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "machine: %d cores, %.1f GiB memory, JDK %s (%s)", rt.availableProcessors(),
                memory / (1024.0 * 1024 * 1024), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static String argAfter(String[] args, String flag, String absent) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        return absent;
    }
}
