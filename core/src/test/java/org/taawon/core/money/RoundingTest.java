package org.taawon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RoundingTest {

    static final int SEEDS = 100;
    static final int CASES_PER_SEED = 100;

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** BigDecimal's rounding of an exact quotient, or null when it does not fit in a long. */
    private static Long reference(BigInteger dividend, long divisor, RoundingMode mode) {
        BigInteger q = new BigDecimal(dividend).divide(BigDecimal.valueOf(divisor), 0, mode).toBigIntegerExact();
        return q.compareTo(LONG_MIN) < 0 || q.compareTo(LONG_MAX) > 0 ? null : q.longValueExact();
    }

    /** Operands from every range that matters: tiny, money-sized, near the long bounds, and exact ties. */
    private static long operand(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(21) - 10;
            case 1 -> random.nextLong() % 1_000_000_000L;
            case 2 -> random.nextLong();
            case 3 -> (random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE) + (random.nextBoolean() ? 0 : (random.nextBoolean() ? -1 : 1) * random.nextInt(3));
            case 4 -> random.nextLong() >> random.nextInt(63);
            default -> random.nextInt(20_001) - 10_000;
        };
    }

    private static long nonZero(Random random) {
        long v = operand(random);
        return v == 0 ? 1 + random.nextInt(9) : v;
    }

    @Nested
    class Divide {

        @ParameterizedTest(name = "{0} / {1} = {2}")
        @CsvSource({
                "5, 2, 2", "7, 2, 4", "-5, 2, -2", "-7, 2, -4", "5, -2, -2", "-5, -2, 2",
                "1, 3, 0", "2, 3, 1", "-2, 3, -1", "0, 7, 0",
                "9223372036854775807, 2, 4611686018427387904",
                "-9223372036854775808, 2, -4611686018427387904",
                "-9223372036854775808, -9223372036854775808, 1",
                "9223372036854775807, -9223372036854775808, -1",
                "4611686018427387904, -9223372036854775808, 0",
                "-4611686018427387904, -9223372036854775808, 0",
                "-4611686018427387905, -9223372036854775808, 1",
        })
        void rounds_half_to_even(long a, long b, long expected) {
            assertThat(Rounding.divide(a, b, RoundingMode.HALF_EVEN)).isEqualTo(expected);
        }

        @Test
        void refuses_division_by_zero_and_the_one_quotient_a_long_cannot_hold() {
            assertThatThrownBy(() -> Rounding.divide(1, 0, RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Rounding.divide(Long.MIN_VALUE, -1, RoundingMode.HALF_EVEN))
                    .isInstanceOf(AmountOverflowException.class);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.taawon.core.money.RoundingTest#seeds")
        void equals_BigDecimal_in_every_rounding_mode_on_random_operands(long seed) {
            Random random = new Random(seed);
            for (int i = 0; i < CASES_PER_SEED; i++) {
                long b = nonZero(random);
                long a = random.nextInt(4) == 0 && b != Long.MIN_VALUE && Math.abs(b) % 2 == 0
                        ? tie(random, b) : operand(random);
                for (RoundingMode mode : new RoundingMode[]{RoundingMode.HALF_EVEN, RoundingMode.HALF_UP,
                        RoundingMode.HALF_DOWN, RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.DOWN, RoundingMode.UP}) {
                    Long expected = reference(BigInteger.valueOf(a), b, mode);
                    check("seed " + seed + " case " + i + ": " + a + " / " + b + " " + mode, expected,
                            () -> Rounding.divide(a, b, mode));
                }
            }
        }

        /** A dividend exactly halfway between two multiples of b, where half-even decides. */
        private long tie(Random random, long b) {
            long limit = Math.min(1000, Long.MAX_VALUE / Math.abs(b) - 1);
            long q = limit <= 0 ? 0 : Math.floorMod(random.nextLong(), 2 * limit + 1) - limit;
            return Math.addExact(Math.multiplyExact(q, b), b / 2);
        }
    }

    @Nested
    class Multiply_divide {

        @ParameterizedTest(name = "{0} x {1} / {2} = {3}")
        @CsvSource({
                "3, 5, 2, 8", "3, 3, 2, 4", "-3, 5, 2, -8", "-3, 3, 2, -4",
                "9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807",
                "9223372036854775807, 3, 6, 4611686018427387904",
                "-9223372036854775808, 3, 6, -4611686018427387904",
                "9223372036854775807, 2, 4, 4611686018427387904",
                "4611686018427387905, 4, 8, 2305843009213693952",
                "-9223372036854775808, -1, 2, 4611686018427387904",
        })
        void rounds_the_exact_product_once_even_when_it_exceeds_a_long(long a, long b, long c, long expected) {
            assertThat(Rounding.multiplyDivide(a, b, c, RoundingMode.HALF_EVEN)).isEqualTo(expected);
        }

        @Test
        void refuses_results_a_long_cannot_hold() {
            assertThatThrownBy(() -> Rounding.multiplyDivide(Long.MAX_VALUE, 2, 1, RoundingMode.HALF_EVEN))
                    .isInstanceOf(AmountOverflowException.class);
            assertThatThrownBy(() -> Rounding.multiplyDivide(Long.MIN_VALUE, -1, 1, RoundingMode.HALF_EVEN))
                    .isInstanceOf(AmountOverflowException.class);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.taawon.core.money.RoundingTest#seeds")
        void equals_BigDecimal_HALF_EVEN_on_random_operands_including_huge_products(long seed) {
            Random random = new Random(seed ^ 0x5DEECE66DL);
            for (int i = 0; i < CASES_PER_SEED; i++) {
                long a = operand(random);
                long b = operand(random);
                long c = nonZero(random);
                if (random.nextInt(4) == 0) {
                    // money-shaped: an amount times a rate over 10000, or units over a quantity
                    a = random.nextLong() >>> random.nextInt(64);
                    b = random.nextInt(10_001);
                    c = 10_000;
                }
                BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
                Long expected = reference(product, c, RoundingMode.HALF_EVEN);
                long fa = a;
                long fb = b;
                long fc = c;
                check("seed " + seed + " case " + i + ": " + a + " x " + b + " / " + c, expected,
                        () -> Rounding.multiplyDivide(fa, fb, fc, RoundingMode.HALF_EVEN));
            }
        }
    }

    private static void check(String label, Long expected, LongSupplier actual) {
        if (expected == null) {
            assertThatThrownBy(actual::getAsLong).as(label).isInstanceOf(AmountOverflowException.class);
            return;
        }
        long got;
        try {
            got = actual.getAsLong();
        } catch (RuntimeException e) {
            fail(label + " threw " + e);
            return;
        }
        assertThat(got).as(label).isEqualTo(expected.longValue());
    }
}
