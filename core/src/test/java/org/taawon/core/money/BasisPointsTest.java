package org.taawon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.Amounts.mad;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasisPointsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 290, 1000, 9999, 10000})
    void accepts_whole_rates_from_0_to_10000(int value) {
        assertThat(BasisPoints.of(value).value()).isEqualTo(value);
        assertThat(BasisPoints.of((long) value)).isEqualTo(new BasisPoints(value));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 10001, Integer.MAX_VALUE, Integer.MIN_VALUE, 4294967296L + 500})
    void refuses_rates_outside_0_to_10000(long value) {
        assertThatThrownBy(() -> BasisPoints.of(value))
                .isInstanceOf(BasisPoints.InvalidRateException.class)
                .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_RATE");
        if (value == (int) value) {
            assertThatThrownBy(() -> new BasisPoints((int) value)).isInstanceOf(BasisPoints.InvalidRateException.class);
        }
    }

    @ParameterizedTest(name = "{1} bp of {0} = {2}")
    @CsvSource({
            "35500, 290, 1030",     // 1029.5 to the even 1030 (scenario 01: fee 1030 + 300)
            "98495, 290, 2856",     // 2856.355 (scenario 02)
            "8488, 360, 306",       // 305.568 (scenario 06)
            "500, 360, 18",
            "4492, 1250, 562",      // 561.5 to the even 562
            "4500, 1250, 562",      // 562.5 to the even 562
            "12345, 0, 0",
            "12345, 10000, 12345",
            "0, 800, 0",
    })
    void takes_its_share_of_an_amount_rounded_half_even(long amount, int bps, long share) {
        assertThat(BasisPoints.of(bps).of(mad(amount))).isEqualTo(mad(share));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 800, 10000})
    void prints_itself_in_bp(int value) {
        assertThat(BasisPoints.of(value)).hasToString(value + " bp");
    }
}
