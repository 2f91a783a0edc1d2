package org.taawon.benchmarks;

/** The split's arithmetic on bare longs, the baseline of B4: no objects, no checks. */
final class PlainLongs {

    private PlainLongs() {
    }

    static long halfEven(long a, long b) {
        long q = a / b;
        long r = a % b;
        long twice = 2 * r;
        return twice > b || (twice == b && (q & 1) == 1) ? q + 1 : q;
    }

    static void largestRemainder(long amount, long[] weights, long[] parts) {
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        if (total == 0) {
            java.util.Arrays.fill(parts, 0);
            return;
        }
        long left = amount;
        long[] remainder = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            long product = amount * weights[i];
            parts[i] = product / total;
            remainder[i] = product % total;
            left -= parts[i];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
        }
    }
}
