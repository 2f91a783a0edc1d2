package org.taawon.payments.support;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Spaces calls evenly so that no more than {@code permitsPerSecond} start in any second: each call
 * waits until its slot, one interval after the previous one. Time and waiting are injected so the
 * spacing is testable without real sleeps.
 */
public final class RateLimiter {

    /** Stripe's live-mode limit is 100 requests/s per account; a quarter leaves room for the rest. */
    public static final int DEFAULT_PERMITS_PER_SECOND = 25;

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long nextFree = Long.MIN_VALUE;

    public RateLimiter(int permitsPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, not " + permitsPerSecond);
        }
        this.intervalNanos = 1_000_000_000L / permitsPerSecond;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The default limit on the system's monotonic clock. */
    public static RateLimiter standard() {
        return new RateLimiter(DEFAULT_PERMITS_PER_SECOND, System::nanoTime, Sleeper.SYSTEM);
    }

    /** Blocks until the caller may start its call. */
    public synchronized void acquire() {
        long now = nanoClock.getAsLong();
        long slot = nextFree == Long.MIN_VALUE ? now : Math.max(now, nextFree);
        nextFree = slot + intervalNanos;
        if (slot > now) {
            sleeper.sleep(Duration.ofNanos(slot - now));
        }
    }
}
