package org.taawon.payments.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void late_callers_make_up_missed_slots_but_no_second_ever_holds_more_than_the_limit(long seed) {
        System.out.println("RateLimiterTest seed " + seed);
        Random random = new Random(seed);
        RateLimiter limiter = new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, now::get, sleeper);
        List<Long> starts = new ArrayList<>();
        long busy = 0;
        for (int i = 0; i < 2_000; i++) {
            limiter.acquire();
            starts.add(now.get());
            // Each call takes 5 to 95 ms: often longer than the 40 ms interval; sometimes a pause of up to 1.5 s.
            long took = random.nextInt(20) == 0 ? random.nextInt(1_500_000_000) : 5_000_000L + random.nextInt(90_000_000);
            busy += took;
            now.addAndGet(took);
        }
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).as("seed " + seed + ": gap before start " + i)
                    .isGreaterThanOrEqualTo(20_000_000L);
        }
        for (int i = 25; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 25)).as("seed " + seed + ": 26 starts within a second at " + i)
                    .isGreaterThanOrEqualTo(1_000_000_000L);
        }
        // Made-up slots bring the rate back towards the limit: never more waiting than the spacing needs.
        long elapsed = starts.get(starts.size() - 1) - starts.get(0);
        assertThat(elapsed).as("seed " + seed).isLessThanOrEqualTo(busy + 2_000L * 40_000_000L);
    }

    @Test
    void a_caller_late_for_its_slot_starts_at_once_and_the_next_may_follow_half_an_interval_later() {
        RateLimiter limiter = new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, now::get, sleeper);
        long t0 = now.get();
        limiter.acquire();
        now.addAndGet(70_000_000L);     // the call took 70 ms: its successor's slot (40 ms) is missed
        limiter.acquire();
        now.addAndGet(1_000_000L);
        limiter.acquire();              // made up: 20 ms after the late start rather than 40
        assertThat(now.get() - t0).isEqualTo(90_000_000L);
        limiter.acquire();              // back on the 40 ms schedule: slot 3 at 120 ms
        assertThat(now.get() - t0).isEqualTo(120_000_000L);
    }

    @Test
    void after_a_long_stall_no_more_than_the_make_up_slots_come_early() {
        RateLimiter limiter = new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, now::get, sleeper);
        for (int i = 0; i < 30; i++) {
            limiter.acquire();
        }
        now.addAndGet(500_000_000L);      // a call that took half a second: 12 slots missed
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            limiter.acquire();
            starts.add(now.get());
        }
        int early = 0;
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertThat(gap).isGreaterThanOrEqualTo(20_000_000L);
            if (gap < 40_000_000L) {
                early++;
            }
        }
        assertThat(early).isPositive().isLessThanOrEqualTo(RateLimiter.MAKE_UP * 2);
        assertThat(starts.get(9) - starts.get(0)).isGreaterThanOrEqualTo((9 - RateLimiter.MAKE_UP) * 40_000_000L);
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
