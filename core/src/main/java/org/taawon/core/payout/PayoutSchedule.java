package org.taawon.core.payout;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When payout runs fall due. A run's id names its period ({@code daily-2026-11-29},
 * {@code weekly-2026-11-23}, {@code monthly-2026-11}), so every instance asking at the same moment
 * names the same run, and its instant is the period's payout time, whose balances it pays.
 */
@FunctionalInterface
public interface PayoutSchedule {

    /** The latest run due at or before {@code now}, if any. */
    Optional<PayoutRun> latestDue(Instant now);

    /** No scheduled runs: only runs opened with {@link RunPayouts} are sent. */
    static PayoutSchedule none() {
        return now -> Optional.empty();
    }

    /** A run every day at {@code time} in {@code zone}. */
    static PayoutSchedule daily(LocalTime time, ZoneId zone) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return now -> {
            LocalDate day = now.atZone(zone).toLocalDate();
            ZonedDateTime at = day.atTime(time).atZone(zone);
            if (at.toInstant().isAfter(now)) {
                day = day.minusDays(1);
                at = day.atTime(time).atZone(zone);
            }
            return Optional.of(new PayoutRun(new PayoutRunId("daily-" + day), at.toInstant()));
        };
    }

    /** A run every week on {@code day} at {@code time} in {@code zone}. */
    static PayoutSchedule weekly(DayOfWeek weekday, LocalTime time, ZoneId zone) {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return now -> {
            LocalDate day = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(weekday));
            ZonedDateTime at = day.atTime(time).atZone(zone);
            if (at.toInstant().isAfter(now)) {
                day = day.minusWeeks(1);
                at = day.atTime(time).atZone(zone);
            }
            return Optional.of(new PayoutRun(new PayoutRunId("weekly-" + day), at.toInstant()));
        };
    }

    /** A run every month on day {@code dayOfMonth} (1 to 28, so every month has it) at {@code time} in {@code zone}. */
    static PayoutSchedule monthly(int dayOfMonth, LocalTime time, ZoneId zone) {
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("a monthly run falls on day 1 to 28");
        }
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return now -> {
            LocalDate day = now.atZone(zone).toLocalDate().withDayOfMonth(dayOfMonth);
            ZonedDateTime at = day.atTime(time).atZone(zone);
            if (at.toInstant().isAfter(now)) {
                day = day.minusMonths(1);
                at = day.atTime(time).atZone(zone);
            }
            return Optional.of(new PayoutRun(new PayoutRunId("monthly-" + day.getYear() + "-"
                    + String.format("%02d", day.getMonthValue())), at.toInstant()));
        };
    }
}
