package org.taawon.core.money;

import java.math.RoundingMode;

/**
 * A rate in basis points: 1 bp = 0.01 %, from 0 (nothing) to 10000 (everything).
 *
 * @param value whole basis points, 0..10000
 */
public record BasisPoints(int value) {

    public static final int WHOLE = 10_000;
    public static final BasisPoints ZERO = new BasisPoints(0);

    public BasisPoints {
        if (value < 0 || value > WHOLE) {
            throw new InvalidRateException(value);
        }
    }

    public static BasisPoints of(int value) {
        return new BasisPoints(value);
    }

    /** Parses a whole number of basis points, refusing anything outside 0..10000. */
    public static BasisPoints of(long value) {
        if (value < 0 || value > WHOLE) {
            throw new InvalidRateException(value);
        }
        return new BasisPoints((int) value);
    }

    /** This rate of {@code amount}, rounded half-even: {@code rhe(amount * value / 10000)}. */
    public Money of(Money amount) {
        return amount.multiplyDivide(value, WHOLE, RoundingMode.HALF_EVEN);
    }

    @Override
    public String toString() {
        return value + " bp";
    }

    /** A rate outside 0..10000 basis points. */
    public static final class InvalidRateException extends TaawonException {

        private static final long serialVersionUID = 1L;

        public static final String REASON = "INVALID_RATE";

        InvalidRateException(long value) {
            super(REASON, "a rate must be 0..10000 basis points, not " + value);
        }
    }
}
