package org.taawon.examples.shop.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.RunPayouts;

/**
 * Starts payout runs in the background, one at a time, and reports their progress from the payouts
 * the library has recorded so far. The run's id is its instant, so the same button pressed twice in
 * one millisecond resumes the same run instead of paying twice.
 */
@Component
public class PayoutRuns {

    private static final Logger LOG = LoggerFactory.getLogger(PayoutRuns.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("'run-'yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final RunPayouts runPayouts;
    private final Payouts payouts;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "payout-runs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<PayoutRunId, Future<PayoutRunReport>> started = new ConcurrentHashMap<>();

    public PayoutRuns(RunPayouts runPayouts, Payouts payouts, Clock clock) {
        this.runPayouts = runPayouts;
        this.payouts = payouts;
        this.clock = clock;
    }

    public PayoutRunId start() {
        Instant at = clock.instant();
        PayoutRunId id = PayoutRunId.of(RUN_ID.format(at));
        started.computeIfAbsent(id, key -> executor.submit(() -> {
            LOG.info("payout run {} at {}", key, at);
            return runPayouts.run(key, at);
        }));
        return id;
    }

    public Optional<Progress> progress(PayoutRunId id) {
        Future<PayoutRunReport> future = started.get(id);
        Optional<PayoutRun> run = payouts.findRun(id);
        if (run.isEmpty() && future == null) {
            return Optional.empty();
        }
        List<Payout> planned = payouts.forRun(id);
        boolean finished = future == null || future.isDone();
        String failure = "";
        if (future != null && future.isDone()) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failure = e.getCause().getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.of(new Progress(id, run.map(PayoutRun::at), planned, finished, failure));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * @param id       the run
     * @param at       its instant, once recorded
     * @param payouts  its payouts so far
     * @param finished whether the run has ended
     * @param failure  why it stopped early, empty when it did not
     */
    public record Progress(PayoutRunId id, Optional<Instant> at, List<Payout> payouts, boolean finished, String failure) {

        public long count(PayoutState state) {
            return payouts.stream().filter(p -> p.state() == state).count();
        }

        public long paid() {
            return count(PayoutState.PAID);
        }

        public long sent() {
            return count(PayoutState.SENT);
        }

        public long failed() {
            return count(PayoutState.FAILED);
        }

        /** Payouts answered by their rail (paid, sent or failed). */
        public long answered() {
            return payouts.stream().filter(p -> p.state() != PayoutState.PLANNED && p.state() != PayoutState.SENDING).count();
        }

        /** Per cent of the run's payouts answered, 100 for a finished run with none. */
        public long percent() {
            return payouts.isEmpty() ? (finished ? 100 : 0) : answered() * 100 / payouts.size();
        }
    }
}
