package org.taawon.payments.support;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Spaces calls so that no more than {@code permitsPerSecond} start in any second: each call waits
 * until its slot, one interval after the previous slot. A caller that comes late for its slot (its
 * previous call took longer than the interval) starts at once, and the schedule keeps the slot it
 * missed, so the next calls may follow sooner, but never sooner than half an interval after the last
 * start, never more than {@value #MAKE_UP} missed slots are made up (a short burst that a server's
 * own bucket absorbs), and the starts of any second stay within the limit (a sliding window over the
 * last {@code permitsPerSecond} starts). Time and waiting are
 * injected so the spacing is testable without real sleeps.
 */
public final class RateLimiter {

    /** Stripe's live-mode limit is 100 requests/s per account; a quarter leaves room for the rest. */
    public static final int DEFAULT_PERMITS_PER_SECOND = 25;

    /** How many missed slots a late caller and its successors may make up. */
    public static final int MAKE_UP = 3;

    private static final long SECOND = 1_000_000_000L;

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long nextFree = Long.MIN_VALUE;
    // The last permitsPerSecond starts, oldest at index `oldest`.
    private final long[] starts;
    private int oldest;
    private int started;

    public RateLimiter(int permitsPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
        if (permitsPerSecond < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be at least 1, not " + permitsPerSecond);
        }
        this.intervalNanos = SECOND / permitsPerSecond;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.starts = new long[permitsPerSecond];
    }

    /** The default limit on the system's monotonic clock. */
    public static RateLimiter standard() {
        return new RateLimiter(DEFAULT_PERMITS_PER_SECOND, System::nanoTime, Sleeper.SYSTEM);
    }

    /** Blocks until the caller may start its call. */
    public synchronized void acquire() {
        long now = nanoClock.getAsLong();
        long slot;
        if (started == 0) {
            slot = now;
        } else {
            // At most MAKE_UP missed slots are kept: the schedule never lags the clock by more.
            long scheduled = Math.max(nextFree, now - MAKE_UP * intervalNanos);
            long last = starts[(oldest + started - 1) % starts.length];
            slot = Math.max(Math.max(scheduled, now), last + intervalNanos / 2);
            if (started == starts.length) {
                slot = Math.max(slot, starts[oldest] + SECOND);
            }
            nextFree = scheduled + intervalNanos;
        }
        if (started == 0) {
            nextFree = slot + intervalNanos;
        }
        record(slot);
        if (slot > now) {
            sleeper.sleep(Duration.ofNanos(slot - now));
        }
    }

    private void record(long start) {
        if (started < starts.length) {
            starts[(oldest + started) % starts.length] = start;
            started++;
        } else {
            starts[oldest] = start;
            oldest = (oldest + 1) % starts.length;
        }
    }
}
