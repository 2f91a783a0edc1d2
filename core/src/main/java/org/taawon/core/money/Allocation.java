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

    public static long[] largestRemainder(long amount, long[] weights) {
        if (weights.length == 0) {
            throw new InvalidAllocationException("no weights to allocate over");
        }
        long total = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new InvalidAllocationException("weights must not be negative");
            }
            try {
                total = Math.addExact(total, w);
            } catch (ArithmeticException e) {
                throw new AmountOverflowException("allocate", e);
            }
        }
        if (total == 0) {
            if (amount != 0) {
                throw new InvalidAllocationException("cannot allocate " + amount + " over weights that sum to 0");
            }
            return new long[weights.length];
        }
        if (amount < 0) {
            if (amount == Long.MIN_VALUE) {
                throw new AmountOverflowException("allocate", new ArithmeticException("long overflow"));
            }
            long[] parts = largestRemainder(-amount, weights);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
            return parts;
        }
        return allocatePositive(amount, weights, total);
    }

    private static long[] allocatePositive(long amount, long[] weights, long total) {
        int n = weights.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long hi = Math.multiplyHigh(amount, weights[i]);
            long lo = amount * weights[i];
            if (hi == 0 && lo >= 0) {
                parts[i] = lo / total;
                remainders[i] = lo % total;
            } else {
                BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(total));
                parts[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
            }
            assigned += parts[i];
        }
        long left = amount - assigned;
        // left < n always; hand the units one by one to the largest remainders, earlier first on ties.
        for (long k = 0; k < left; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
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
