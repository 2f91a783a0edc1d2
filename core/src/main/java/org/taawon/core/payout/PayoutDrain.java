package org.taawon.core.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.taawon.UnitOfWork;

/**
 * Claims due payouts batch by batch and sends them until none is left that this pass has not
 * already tried: each payout at most once per pass, so a rail that keeps failing cannot hold a pass
 * forever (its payouts rest and are taken up by a later pass).
 */
final class PayoutDrain {

    /** A pass stops once this many payouts went unanswered or were lost to another worker: the rest waits for the next. */
    private static final int MAX_SKIPPED = 1_000;

    /** The most payouts one claim takes. */
    private static final int MAX_CLAIM = 1_000;

    private final Payouts payouts;
    private final PayoutDispatch dispatch;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PayoutSettings settings;

    PayoutDrain(Payouts payouts, PayoutDispatch dispatch, UnitOfWork unitOfWork, Clock clock, PayoutSettings settings) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    PayoutProgress drain(Optional<PayoutRunId> run, PayoutProgress soFar, PayoutProgress.Listener listener) {
        Set<PayoutId> left = new HashSet<>();
        PayoutProgress progress = soFar;
        // A rail that takes batches gets a claim's worth in one step: claim as many as it takes.
        int claimSize = Math.max(settings.claimBatch(), Math.min(dispatch.railBatchSize(), MAX_CLAIM));
        while (left.size() <= MAX_SKIPPED) {
            Instant now = clock.instant();
            List<Payout> claimed = unitOfWork.inTransaction(() -> payouts.claim(settings.worker(), run, now,
                    now.plus(settings.lease()), claimSize, left));
            if (claimed.isEmpty()) {
                break;
            }
            progress = progress.plus(dispatch.sendClaimed(claimed, settings, left));
            listener.progressed(progress);
        }
        return progress;
    }
}
