package org.taawon.examples.shop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The shop's clock in a test that must pass a payment time-out without waiting for it: the real time
 * plus an offset that {@link #advance} moves forward. Every bean that asks for a {@link Clock} (checkout,
 * payments, payout runs, the expiry run) gets this one through {@link Setup}.
 */
final class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    /** Puts a {@link TestClock} before the shop's own clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
