package org.taawon.persistence.support;

import java.time.Instant;

/**
 * Instants as stored: nanoseconds since the epoch in a BIGINT column. Exact to the nanosecond, sortable,
 * and identical on every database (no time-zone or precision rules of a TIMESTAMP type to get wrong).
 * The range is 1677-09-21 to 2262-04-11; an instant outside it is refused rather than stored wrongly.
 */
public final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    public static long of(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("instant " + instant + " is outside the range the store keeps", e);
        }
    }

    /** Like {@link #of} but clamps an instant beyond the range to its nearest end (for "as of" bounds). */
    public static long clamped(Instant instant) {
        if (instant.isAfter(toInstant(Long.MAX_VALUE))) {
            return Long.MAX_VALUE;
        }
        if (instant.isBefore(toInstant(Long.MIN_VALUE))) {
            return Long.MIN_VALUE;
        }
        return of(instant);
    }

    public static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
