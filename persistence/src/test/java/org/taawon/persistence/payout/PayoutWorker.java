package org.taawon.persistence.payout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import org.taawon.core.payout.PayoutProgress;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutSchedule;
import org.taawon.core.payout.PayoutSettings;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.RunDuePayouts;
import org.taawon.core.payout.WorkerId;
import org.taawon.persistence.JdbcSpy;

/**
 * One instance of a host running payouts: its own pool, its own worker id, {@link RunDuePayouts}
 * called over and over as a cron job would, until no payout is left to send. Runs in a thread of the
 * test or, through {@link #main}, in a JVM of its own.
 */
final class PayoutWorker {

    static final Currency MAD = Currency.getInstance("MAD");
    static final PayoutRun RUN = new PayoutRun(PayoutRunId.of("daily-2026-03-09"), Instant.parse("2026-03-09T02:00:00Z"));

    private PayoutWorker() {
    }

    /** The progress of every call, and the violations the database answered. */
    record Result(PayoutProgress progress, long violations) {
    }

    static Result drain(String jdbcUrl, String user, String password, String worker, Duration lease, Duration deadline,
                        long railPauseNanos) {
        try (JdbcSpy.Spied spied = JdbcSpy.store(jdbcUrl, user, password, 3);
             RecordingRail rail = new RecordingRail(jdbcUrl, user, password, worker, railPauseNanos)) {
            spied.spy().onViolation(e -> System.out.println("VIOLATION " + e.getSQLState() + " " + e.getMessage()));
            var store = spied.store();
            PayoutSchedule schedule = now -> now.isBefore(RUN.at()) ? Optional.empty() : Optional.of(RUN);
            RunDuePayouts due = new RunDuePayouts(store.cooperatives(), store.ledger(), store.payouts(), rail,
                    store.unitOfWork(), Clock.systemUTC(), MAD, schedule,
                    PayoutSettings.of(WorkerId.of(worker)).withLease(lease).withRetryDelay(Duration.ZERO).withClaimBatch(10));
            PayoutProgress total = PayoutProgress.NONE;
            Instant end = Instant.now().plus(deadline);
            while (Instant.now().isBefore(end)) {
                PayoutProgress pass = due.run();
                System.out.println("PASS " + worker + " " + pass);
                total = total.plus(pass);
                if (pass.handled() == 0) {
                    if (store.payouts().inState(PayoutState.PLANNED).isEmpty() && store.payouts().inState(PayoutState.SENDING).isEmpty()
                            && store.payouts().findRun(RUN.id()).isPresent()) {
                        break;
                    }
                    Thread.sleep(100); // the rest is claimed by others: wait for them, or for their leases to run out
                }
            }
            return new Result(total, spied.spy().violations());
        } catch (Exception e) {
            throw new IllegalStateException("worker " + worker + " stopped", e);
        }
    }

    /** {@code jdbcUrl user password worker leaseMillis railPauseMillis}: prints its progress and violations. */
    public static void main(String[] args) {
        Result result = drain(args[0], args[1], args[2], args[3], Duration.ofMillis(Long.parseLong(args[4])), Duration.ofMinutes(3),
                Duration.ofMillis(Long.parseLong(args[5])).toNanos());
        System.out.println("DONE " + result.progress().handled() + " violations=" + result.violations());
        System.exit(0);
    }
}
