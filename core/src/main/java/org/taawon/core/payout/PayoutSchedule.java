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
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
        return every(time, zone, day -> day, day -> day.minusDays(1), day -> "daily-" + day);
    }

    /** A run every week on {@code day} at {@code time} in {@code zone}. */
    static PayoutSchedule weekly(DayOfWeek weekday, LocalTime time, ZoneId zone) {
        Objects.requireNonNull(weekday, "weekday");
        return every(time, zone, day -> day.with(TemporalAdjusters.previousOrSame(weekday)), day -> day.minusWeeks(1),
                day -> "weekly-" + day);
    }

    /** A run every month on day {@code dayOfMonth} (1 to 28, so every month has it) at {@code time} in {@code zone}. */
    static PayoutSchedule monthly(int dayOfMonth, LocalTime time, ZoneId zone) {
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException("a monthly run falls on day 1 to 28");
        }
        return every(time, zone, day -> day.withDayOfMonth(dayOfMonth), day -> day.minusMonths(1),
                day -> "monthly-" + day.getYear() + "-" + String.format("%02d", day.getMonthValue()));
    }

    /**
     * Runs at {@code time} on the days {@code inPeriod} picks: the one of now's period, or of the
     * period before when that day's time is still to come; named by {@code name}.
     */
    private static PayoutSchedule every(LocalTime time, ZoneId zone, UnaryOperator<LocalDate> inPeriod,
                                        UnaryOperator<LocalDate> periodBefore, Function<LocalDate, String> name) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        return now -> {
            LocalDate day = inPeriod.apply(now.atZone(zone).toLocalDate());
            ZonedDateTime at = day.atTime(time).atZone(zone);
            if (at.toInstant().isAfter(now)) {
                day = periodBefore.apply(day);
                at = day.atTime(time).atZone(zone);
            }
            return Optional.of(new PayoutRun(new PayoutRunId(name.apply(day)), at.toInstant()));
        };
    }
}
