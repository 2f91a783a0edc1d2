package org.taawon.payments.support;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff: the n-th retry (from 0) waits {@code base * 2^n}, at most {@code max}, and a
 * caller gives up after {@code maxRetries}.
 *
 * @param base       the first wait
 * @param max        the longest wait
 * @param maxRetries retries before giving up
 */
public record Backoff(Duration base, Duration max, int maxRetries) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || max.compareTo(base) < 0 || maxRetries < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= base <= max and maxRetries >= 0");
        }
    }

    /** 0.5 s, doubling up to 30 s, 8 retries: about two minutes of patience. */
    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 8);
    }

    public Duration delay(int retry) {
        if (retry >= 30) {
            return max;
        }
        Duration d = base.multipliedBy(1L << retry);
        return d.compareTo(max) > 0 ? max : d;
    }
}
