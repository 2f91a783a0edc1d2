package org.taawon.payments.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    };

    @Test
    void the_default_spaces_calls_40_ms_apart_so_no_second_holds_more_than_25() {
        RateLimiter limiter = new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, now::get, sleeper);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            limiter.acquire();
            starts.add(now.get());
        }
        assertThat(waits.get(0)).isEqualTo(Duration.ofMillis(40));
        for (int i = 25; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 25)).isGreaterThanOrEqualTo(1_000_000_000L);
        }
        assertThat(starts.get(99) - starts.get(0)).isEqualTo(99 * 40_000_000L);
    }

    @Test
    void calls_further_apart_than_the_interval_do_not_wait() {
        RateLimiter limiter = new RateLimiter(10, now::get, sleeper);
        for (int i = 0; i < 5; i++) {
            limiter.acquire();
            now.addAndGet(150_000_000L);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void a_limit_below_one_is_refused() {
        assertThatThrownBy(() -> new RateLimiter(0, now::get, sleeper)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backoff_doubles_up_to_its_maximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3), 5);
        assertThat(List.of(backoff.delay(0), backoff.delay(1), backoff.delay(2), backoff.delay(3), backoff.delay(40)))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(3), Duration.ofSeconds(3));
    }
}
