package org.taawon.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EpochNanosTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void instants_in_range_come_back_exactly_and_keep_their_order(long seed) {
        Random random = new Random(seed);
        long min = EpochNanos.toInstant(Long.MIN_VALUE).getEpochSecond() + 1;
        long max = EpochNanos.toInstant(Long.MAX_VALUE).getEpochSecond() - 1;
        Instant previous = null;
        for (int i = 0; i < 1000; i++) {
            Instant instant = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)), random.nextInt(1_000_000_000));
            assertThat(EpochNanos.toInstant(EpochNanos.of(instant))).as("seed %d", seed).isEqualTo(instant);
            if (previous != null) {
                assertThat(Long.compare(EpochNanos.of(previous), EpochNanos.of(instant)))
                        .as("seed %d", seed).isEqualTo(Integer.signum(previous.compareTo(instant)));
            }
            previous = instant;
        }
    }

    @Test
    void an_instant_outside_the_range_is_refused_and_clamped_only_on_request() {
        assertThatThrownBy(() -> EpochNanos.of(Instant.parse("2300-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(EpochNanos.clamped(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(EpochNanos.clamped(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
        assertThat(EpochNanos.of(Instant.parse("1969-12-31T23:59:59.999999999Z"))).isEqualTo(-1);
    }
}
