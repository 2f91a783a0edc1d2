package org.taawon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.Amounts.EUR;
import static org.taawon.core.fixtures.Amounts.JPY;
import static org.taawon.core.fixtures.Amounts.KWD;
import static org.taawon.core.fixtures.Amounts.MAD;
import static org.taawon.core.fixtures.Amounts.eur;
import static org.taawon.core.fixtures.Amounts.mad;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {

    @Nested
    class Exact_arithmetic {

        @ParameterizedTest(name = "{0} + {1} = {2}, {0} - {1} = {3}")
        @CsvSource({
                "0, 0, 0, 0",
                "12050, 950, 13000, 11100",
                "-300, 300, 0, -600",
                "9223372036854775806, 1, 9223372036854775807, 9223372036854775805",
                "-9223372036854775807, -1, -9223372036854775808, -9223372036854775806",
        })
        void adds_and_subtracts_minor_units_exactly(long a, long b, long sum, long difference) {
            assertThat(mad(a).plus(mad(b))).isEqualTo(mad(sum));
            assertThat(mad(a).minus(mad(b))).isEqualTo(mad(difference));
        }

        @ParameterizedTest(name = "{0} x {1} = {2}")
        @CsvSource({
                "12000, 2, 24000",
                "9999, 3, 29997",
                "-250, 4, -1000",
                "0, 1000000, 0",
                "4611686018427387903, 2, 9223372036854775806",
        })
        void multiplies_by_whole_factors_exactly(long a, long factor, long product) {
            assertThat(mad(a).times(factor)).isEqualTo(mad(product));
        }

        @ParameterizedTest(name = "{0} / {1} {2} = {3}")
        @CsvSource({
                "25, 10, HALF_EVEN, 2",
                "35, 10, HALF_EVEN, 4",
                "-25, 10, HALF_EVEN, -2",
                "-35, 10, HALF_EVEN, -4",
                "26, 10, HALF_EVEN, 3",
                "25, 10, HALF_UP, 3",
                "29, 10, DOWN, 2",
                "-21, 10, FLOOR, -3",
                "21, 10, CEILING, 3",
        })
        void divides_with_the_rounding_mode_it_is_given(long a, long divisor, RoundingMode mode, long quotient) {
            assertThat(mad(a).divide(divisor, mode)).isEqualTo(mad(quotient));
        }

        @ParameterizedTest(name = "{0} x {1} / {2} = {3}")
        @CsvSource({
                "4492, 1250, 10000, 562",   // 561.5 rounds to the even 562 (scenario 06)
                "11876, 800, 10000, 950",   // 950.08
                "2396, 1, 2, 1198",
                "15, 1, 2, 8",              // 7.5 to 8
                "13, 1, 2, 6",              // 6.5 to 6
                "9223372036854775807, 10000, 10000, 9223372036854775807",
        })
        void multiplies_then_divides_with_one_rounding(long a, long numerator, long denominator, long result) {
            assertThat(mad(a).multiplyDivide(numerator, denominator, RoundingMode.HALF_EVEN)).isEqualTo(mad(result));
        }

        @Test
        void compares_and_answers_sign_questions() {
            assertThat(mad(5).isGreaterThan(mad(4))).isTrue();
            assertThat(mad(4).isLessThan(mad(5))).isTrue();
            assertThat(mad(-1).isNegative()).isTrue();
            assertThat(mad(1).isPositive()).isTrue();
            assertThat(mad(0).isZero()).isTrue();
            assertThat(mad(3).max(mad(7))).isEqualTo(mad(7));
            assertThat(mad(3).min(mad(7))).isEqualTo(mad(3));
            assertThat(mad(-12050).negate()).isEqualTo(mad(12050));
        }

        @Test
        void shows_its_amount_in_major_units_with_the_currency_code() {
            assertThat(mad(12050).toDecimal()).isEqualByComparingTo(new BigDecimal("120.50"));
            assertThat(mad(12050)).hasToString("120.50 MAD");
            assertThat(Money.of(4999, JPY)).hasToString("4999 JPY");
            assertThat(Money.of(-1234, KWD)).hasToString("-1.234 KWD");
        }
    }

    @Nested
    class Overflow {

        static Stream<Arguments> operations_that_leave_the_long_range() {
            Money max = mad(Long.MAX_VALUE);
            Money min = mad(Long.MIN_VALUE);
            return Stream.of(
                    Arguments.of("max + 1", (Supplier<Money>) () -> max.plus(mad(1))),
                    Arguments.of("min - 1", (Supplier<Money>) () -> min.minus(mad(1))),
                    Arguments.of("max x 2", (Supplier<Money>) () -> max.times(2)),
                    Arguments.of("min x -1", (Supplier<Money>) () -> min.times(-1)),
                    Arguments.of("-min", (Supplier<Money>) min::negate),
                    Arguments.of("min / -1", (Supplier<Money>) () -> min.divide(-1, RoundingMode.HALF_EVEN)),
                    Arguments.of("max x 3 / 2", (Supplier<Money>) () -> max.multiplyDivide(3, 2, RoundingMode.HALF_EVEN)),
                    Arguments.of("min x max / 1", (Supplier<Money>) () -> min.multiplyDivide(Long.MAX_VALUE, 1, RoundingMode.DOWN)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("operations_that_leave_the_long_range")
        void is_refused_with_a_typed_error_instead_of_wrapping_around(String name, Supplier<Money> operation) {
            assertThatThrownBy(operation::get)
                    .isInstanceOf(AmountOverflowException.class)
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo(AmountOverflowException.REASON);
        }
    }

    @Nested
    class Currency_mismatch {

        static Stream<Arguments> operations_mixing_currencies() {
            return Stream.of(
                    Arguments.of("plus", (Runnable) () -> mad(1).plus(eur(1))),
                    Arguments.of("minus", (Runnable) () -> mad(1).minus(eur(1))),
                    Arguments.of("compareTo", (Runnable) () -> mad(1).compareTo(eur(1))),
                    Arguments.of("isGreaterThan", (Runnable) () -> mad(1).isGreaterThan(eur(1))),
                    Arguments.of("max", (Runnable) () -> mad(1).max(eur(1))),
                    Arguments.of("allocate over amounts", (Runnable) () -> mad(10).allocate(List.of(mad(1), eur(1)))),
                    Arguments.of("requireSameCurrency", (Runnable) () -> mad(1).requireSameCurrency(eur(1))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("operations_mixing_currencies")
        void is_refused_with_CURRENCY_MISMATCH(String name, Runnable operation) {
            assertThatThrownBy(operation::run)
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("MAD").hasMessageContaining("EUR")
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("CURRENCY_MISMATCH");
        }

        @Test
        void equal_minor_units_of_different_currencies_are_different_amounts() {
            assertThat(mad(100)).isNotEqualTo(eur(100));
        }
    }

    @Nested
    class Construction_and_parsing {

        @ParameterizedTest(name = "\"{0}\" {1} is {2} minor units")
        @CsvSource({
                "120.50, MAD, 12050",
                "120.5, MAD, 12050",
                "' 7 ', MAD, 700",
                "-3.07, EUR, -307",
                "0, MAD, 0",
                "4999, JPY, 4999",
                "1.234, KWD, 1234",
                "92233720368547758.07, MAD, 9223372036854775807",
        })
        void parses_decimal_amounts_exactly(String text, String currency, long minor) {
            assertThat(Money.parse(text, Currency.getInstance(currency))).isEqualTo(Money.of(minor, currency));
        }

        @ParameterizedTest(name = "\"{0}\" {1} is refused")
        @CsvSource({
                "120.505, MAD",
                "1.5, JPY",
                "1.2345, KWD",
                "abc, MAD",
                "'', MAD",
                "92233720368547758.08, MAD",
                "1e400, EUR",
        })
        void refuses_texts_that_are_not_an_exact_amount_of_the_currency(String text, String currency) {
            assertThatThrownBy(() -> Money.parse(text, Currency.getInstance(currency)))
                    .isInstanceOf(Money.InvalidAmountException.class)
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo(Money.InvalidAmountException.REASON);
        }

        @Test
        void refuses_a_currency_without_minor_units() {
            assertThatThrownBy(() -> Money.of(1, Currency.getInstance("XXX")))
                    .isInstanceOf(Money.UnsupportedCurrencyException.class);
        }

        @ParameterizedTest
        @CsvSource({"MADX", "ZZZ", "mad", "''"})
        void refuses_unknown_currency_codes_with_a_reason(String code) {
            assertThatThrownBy(() -> Money.of(1, code))
                    .isInstanceOf(CurrencyCodes.UnknownCurrencyException.class)
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("UNKNOWN_CURRENCY");
        }

        @Test
        void knows_currencies_by_code_and_has_no_default_currency() {
            assertThat(Money.of(12050, "MAD")).isEqualTo(Money.of(12050, MAD));
            assertThat(Money.zero(EUR)).isEqualTo(eur(0));
            assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
        }
    }
}
