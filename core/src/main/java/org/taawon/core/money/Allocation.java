package org.taawon.core.money;

import java.math.BigInteger;

/**
 * Largest-remainder allocation (SETTLEMENT.md §1) on plain {@code long}s: each part starts at
 * floor(A * w_i / W); the units left over go one each to the parts with the largest remainder
 * (A * w_i mod W), ties to the earlier part. A negative amount is allocated as the mirror image of
 * its absolute value, so that allocating -A gives exactly the negated parts of A.
 */
public final class Allocation {

    private Allocation() {
    }

    /** The parts of {@code amount} over {@code weights}, in a new array. */
    public static long[] largestRemainder(long amount, long[] weights) {
        return largestRemainder(amount, weights, weights.length, new long[weights.length]);
    }

    /** The parts of {@code amount} over {@code weights}, written to {@code parts} (at least as long); returns {@code parts}. */
    public static long[] largestRemainder(long amount, long[] weights, long[] parts) {
        return largestRemainder(amount, weights, weights.length, parts);
    }

    /**
     * The kernel under every allocation: the parts of {@code amount} over the first {@code count}
     * weights, written to the first {@code count} places of {@code parts}; returns {@code parts}. It
     * allocates nothing unless some {@code amount * weight} exceeds a long, so callers that allocate
     * for every order can reuse their arrays.
     */
    public static long[] largestRemainder(long amount, long[] weights, int count, long[] parts) {
        if (count == 0) {
            throw new InvalidAllocationException("no weights to allocate over");
        }
        if (count < 0 || count > weights.length || count > parts.length) {
            throw new IllegalArgumentException("cannot allocate over " + count + " of " + weights.length
                    + " weights into " + parts.length + " parts");
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            long w = weights[i];
            if (w < 0) {
                throw new InvalidAllocationException("weights must not be negative");
            }
            total += w;
            if (total < 0) {
                throw new AmountOverflowException("allocate", new ArithmeticException("long overflow"));
            }
        }
        if (total == 0) {
            if (amount != 0) {
                throw new InvalidAllocationException("cannot allocate " + amount + " over weights that sum to 0");
            }
            java.util.Arrays.fill(parts, 0, count, 0);
            return parts;
        }
        if (amount < 0) {
            if (amount == Long.MIN_VALUE) {
                throw new AmountOverflowException("allocate", new ArithmeticException("long overflow"));
            }
            allocatePositive(-amount, weights, count, total, parts);
            for (int i = 0; i < count; i++) {
                parts[i] = -parts[i];
            }
            return parts;
        }
        allocatePositive(amount, weights, count, total, parts);
        return parts;
    }

    private static void allocatePositive(long amount, long[] weights, int n, long total, long[] parts) {
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long hi = Math.multiplyHigh(amount, weights[i]);
            long lo = amount * weights[i];
            if (hi == 0 && lo >= 0) {
                parts[i] = lo / total;
            } else {
                parts[i] = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]))
                        .divide(BigInteger.valueOf(total)).longValueExact();
            }
            assigned += parts[i];
        }
        long left = amount - assigned;
        // left < n always; hand the units one by one to the largest remainders, earlier first on ties.
        // A remainder is A * w_i - part_i * W: its true value lies in (-W, W), so the product's
        // wrap-around in long arithmetic cancels and the difference is exact. A part that got its unit
        // has a negative remainder and drops out.
        for (long k = 0; k < left; k++) {
            int best = -1;
            long bestRemainder = -1;
            for (int i = 0; i < n; i++) {
                long remainder = amount * weights[i] - parts[i] * total;
                if (remainder > bestRemainder) {
                    best = i;
                    bestRemainder = remainder;
                }
            }
            parts[best]++;
        }
    }

    /** Weights that cannot carry an allocation. */
    public static final class InvalidAllocationException extends TaawonException {

        private static final long serialVersionUID = 1L;

        public static final String REASON = "INVALID_ALLOCATION";

        InvalidAllocationException(String message) {
            super(REASON, message);
        }
    }
}
