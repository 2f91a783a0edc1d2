package org.taawon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.Amounts.mad;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.core.fixtures.SettlementArithmetic;

class AllocationTest {

    static final int SEEDS = 100;
    static final int CASES_PER_SEED = 100;

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    private static long[] longs(String spaceSeparated) {
        return spaceSeparated.isBlank() ? new long[0]
                : Arrays.stream(spaceSeparated.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    }

    /** SETTLEMENT.md §1 written independently, in BigInteger. */
    static long[] reference(long amount, long[] weights) {
        return SettlementArithmetic.largestRemainder(amount, weights);
    }

    @Nested
    class Table {

        @ParameterizedTest(name = "{0} over [{1}] = [{2}]")
        @CsvSource(delimiter = '|', value = {
                "100   | 1 1 1              | 34 33 33",
                "1     | 1 1 1              | 1 0 0",
                "2     | 1 1 1              | 1 1 0",
                "5     | 1 1                | 3 2",
                "10    | 3 3 3              | 4 3 3",
                "7     | 2 1                | 5 2",       // 4.67 and 2.33: the larger remainder wins
                "11    | 1 2                | 4 7",       // 3.67 vs 7.33: the earlier part's larger remainder
                "100   | 0 1 0              | 0 100 0",
                "100   | 0 0 5              | 0 0 100",
                "0     | 0 0                | 0 0",
                "0     | 5 7                | 0 0",
                "1     | 0 3 3              | 0 1 0",
                "-5    | 1 1                | -3 -2",
                "-100  | 1 1 1              | -34 -33 -33",
                "9223372036854775807 | 1 1  | 4611686018427387904 4611686018427387903",
                "9223372036854775807 | 9223372036854775806 1 | 9223372036854775806 1",
                // SETTLEMENT.md scenario 02: discount 1001 over line gross 29997, 12000, 45000, 9999
                "1001  | 29997 12000 45000 9999 | 310 124 464 103",
                // scenario 02: fee 3156 over the cooperatives' subtotal + shipping
                "3156  | 42083 11876 44536      | 1348 381 1427",
                // scenario 06: discount 777 over 4999 and 2666 (yen), then fee 306 over 4492 and 2396
                "777   | 4999 2666          | 507 270",
                "306   | 4492 2396          | 200 106",
        })
        void allocates_by_largest_remainder_with_ties_to_the_earlier_part(long amount, String weights, String parts) {
            assertThat(Allocation.largestRemainder(amount, longs(weights))).containsExactly(longs(parts));
            assertThat(mad(amount).allocate(longs(weights))).containsExactly(
                    Arrays.stream(longs(parts)).mapToObj(p -> mad(p)).toArray(Money[]::new));
        }

        @Test
        void allocates_over_weights_given_as_amounts() {
            assertThat(mad(777).allocate(List.of(mad(4999), mad(2666)))).containsExactly(mad(507), mad(270));
        }

        @ParameterizedTest(name = "{0} over [{1}]")
        @CsvSource(delimiter = '|', value = {
                "1   | ",
                "1   | 0 0",
                "-1  | 0",
                "10  | 1 -1",
                "10  | -3",
        })
        void refuses_weights_that_cannot_carry_the_amount(long amount, String weights) {
            assertThatThrownBy(() -> Allocation.largestRemainder(amount, longs(weights == null ? "" : weights)))
                    .isInstanceOf(Allocation.InvalidAllocationException.class)
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_ALLOCATION");
        }

        @Test
        void refuses_weights_whose_sum_leaves_the_long_range_and_the_amount_without_a_mirror() {
            assertThatThrownBy(() -> Allocation.largestRemainder(10, new long[]{Long.MAX_VALUE, 1}))
                    .isInstanceOf(AmountOverflowException.class);
            assertThatThrownBy(() -> Allocation.largestRemainder(Long.MIN_VALUE, new long[]{1, 1}))
                    .isInstanceOf(AmountOverflowException.class);
        }

        @Test
        void the_returned_parts_cannot_be_changed() {
            List<Money> parts = mad(10).allocate(1, 1);
            assertThatThrownBy(() -> parts.set(0, mad(0))).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Property {

        private long amount(Random random) {
            return switch (random.nextInt(5)) {
                case 0 -> random.nextInt(10);
                case 1 -> random.nextInt(1_000_000);
                case 2 -> random.nextLong() >>> 1;                              // up to Long.MAX_VALUE
                case 3 -> Long.MAX_VALUE - random.nextInt(3);
                default -> (random.nextLong() >>> 1) >>> random.nextInt(63);
            };
        }

        private long[] weights(Random random) {
            int n = 1 + random.nextInt(12);
            long[] w = new long[n];
            long budget = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                long max = budget / (n - i);
                w[i] = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> 1 + random.nextInt(10);
                    case 2 -> random.nextInt(100_000);
                    case 3 -> max == 0 ? 0 : (random.nextLong() >>> 1) % max;  // huge: A * w overflows a long
                    case 4 -> w[Math.max(0, i - 1)];                          // equal weights: ties
                    default -> random.nextInt(1000) * 1000L;
                };
                w[i] = Math.min(w[i], max);
                budget -= w[i];
            }
            if (Arrays.stream(w).allMatch(x -> x == 0)) {
                w[random.nextInt(n)] = 1 + random.nextInt(5);
            }
            return w;
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.taawon.core.money.AllocationTest#seeds")
        void parts_sum_to_the_whole_are_never_negative_stay_within_one_unit_and_match_the_reference(long seed) {
            Random random = new Random(seed);
            for (int i = 0; i < CASES_PER_SEED; i++) {
                long amount = amount(random);
                long[] weights = weights(random);
                String label = "seed " + seed + " case " + i + ": " + amount + " over " + Arrays.toString(weights);

                long[] parts = Allocation.largestRemainder(amount, weights);

                BigInteger total = LongStream.of(weights).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
                assertThat(LongStream.of(parts).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add))
                        .as(label + ": parts sum to the whole").isEqualTo(BigInteger.valueOf(amount));
                for (int k = 0; k < parts.length; k++) {
                    assertThat(parts[k]).as(label + ": part " + k + " not negative").isNotNegative();
                    // |part - A*w/W| < 1  <=>  |part*W - A*w| < W
                    BigInteger deviation = BigInteger.valueOf(parts[k]).multiply(total)
                            .subtract(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[k]))).abs();
                    assertThat(deviation).as(label + ": part " + k + " within one unit of proportional").isLessThan(total);
                }
                assertThat(Allocation.largestRemainder(amount, weights.clone())).as(label + ": deterministic")
                        .containsExactly(parts);
                assertThat(parts).as(label + ": equals the reference").containsExactly(reference(amount, weights));
                if (amount != 0) {
                    assertThat(Allocation.largestRemainder(-amount, weights)).as(label + ": mirror for -A")
                            .containsExactly(LongStream.of(parts).map(p -> -p).toArray());
                }
            }
        }
    }
}
