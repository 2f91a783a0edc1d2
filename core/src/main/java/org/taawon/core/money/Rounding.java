package org.taawon.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Integer division with an explicit rounding mode, exact for every {@code long} operand. The common
 * case ({@code a * b} fits in a long) never allocates; larger products fall back to BigInteger.
 */
public final class Rounding {

    private Rounding() {
    }

    /** {@code a / b} rounded with {@code mode}; {@code b} must not be 0. */
    public static long divide(long a, long b, RoundingMode mode) {
        if (b == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (mode != RoundingMode.HALF_EVEN) {
            return exact(BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, mode), "divide");
        }
        if (b == Long.MIN_VALUE || a == Long.MIN_VALUE) {
            return exact(BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 0, mode), "divide");
        }
        long q = a / b;
        long r = a % b;
        if (r == 0) {
            return q;
        }
        long absR = Math.abs(r);
        long rest = Math.abs(b) - absR;
        boolean away = absR > rest || (absR == rest && (q & 1) != 0);
        if (!away) {
            return q;
        }
        return (a < 0) == (b < 0) ? q + 1 : q - 1;
    }

    /** {@code a * b / c} rounded with {@code mode}, exact even when {@code a * b} exceeds a long. */
    public static long multiplyDivide(long a, long b, long c, RoundingMode mode) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return divide(lo, c, mode);
        }
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        return exact(new BigDecimal(product).divide(BigDecimal.valueOf(c), 0, mode), "multiplyDivide");
    }

    private static long exact(BigDecimal value, String operation) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new AmountOverflowException(operation, e);
        }
    }
}
