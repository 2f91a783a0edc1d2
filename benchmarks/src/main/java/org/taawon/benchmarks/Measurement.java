package org.taawon.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Alternating library/baseline pairs in one JVM: after a warm-up, each pair runs both sides (in
 * alternating order, so neither always runs on a warmer cache), and the ratio of each pair is kept.
 * The medians of the times, of the ratios and of the bytes allocated per run are the result.
 *
 * @param libraryNanos    median time of one library run
 * @param baselineNanos   median time of one baseline run
 * @param ratio           median of library / baseline over the pairs
 * @param libraryBytes    median bytes allocated by one library run (this thread)
 * @param baselineBytes   median bytes allocated by one baseline run
 */
record Measurement(double libraryNanos, double baselineNanos, double ratio, double libraryBytes, double baselineBytes) {

    static Measurement pairs(Runnable library, Runnable baseline, int warmupPairs, int pairs) {
        for (int i = 0; i < warmupPairs; i++) {
            library.run();
            baseline.run();
        }
        double[] lib = new double[pairs];
        double[] base = new double[pairs];
        double[] ratios = new double[pairs];
        double[] libBytes = new double[pairs];
        double[] baseBytes = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                lib[i] = timed(library, libBytes, i);
                base[i] = timed(baseline, baseBytes, i);
            } else {
                base[i] = timed(baseline, baseBytes, i);
                lib[i] = timed(library, libBytes, i);
            }
            ratios[i] = lib[i] / base[i];
        }
        return new Measurement(median(lib), median(base), median(ratios), median(libBytes), median(baseBytes));
    }

    private static double timed(Runnable work, double[] bytes, int i) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        bytes[i] = threads.getCurrentThreadAllocatedBytes() - before;
        return nanos;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
