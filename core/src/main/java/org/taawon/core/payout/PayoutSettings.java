package org.taawon.core.payout;

import java.time.Duration;
import java.util.Objects;

/**
 * How a worker claims and sends payouts.
 *
 * @param worker     who claims
 * @param lease      how long a claim holds; another worker takes a payout over only after its lease ran
 *                   out, so it must outlast the rail's longest call (with its retries)
 * @param retryDelay how long a payout whose rail did not answer rests before it is looked up and tried again
 * @param claimBatch how many payouts one claim takes (a rail that takes bigger batches, such as a bank
 *                   file, gets claims of its batch size, up to 1,000)
 */
public record PayoutSettings(WorkerId worker, Duration lease, Duration retryDelay, int claimBatch) {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(1);
    public static final int DEFAULT_CLAIM_BATCH = 50;

    public PayoutSettings {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease lasts more than zero");
        }
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("a retry delay is not negative");
        }
        if (claimBatch < 1 || claimBatch > 1000) {
            throw new IllegalArgumentException("a claim takes 1 to 1000 payouts");
        }
    }

    /** Ten-minute leases, a minute's rest after an unanswered call, claims of 50. */
    public static PayoutSettings of(WorkerId worker) {
        return new PayoutSettings(worker, DEFAULT_LEASE, DEFAULT_RETRY_DELAY, DEFAULT_CLAIM_BATCH);
    }

    public PayoutSettings withLease(Duration lease) {
        return new PayoutSettings(worker, lease, retryDelay, claimBatch);
    }

    public PayoutSettings withRetryDelay(Duration retryDelay) {
        return new PayoutSettings(worker, lease, retryDelay, claimBatch);
    }

    public PayoutSettings withClaimBatch(int claimBatch) {
        return new PayoutSettings(worker, lease, retryDelay, claimBatch);
    }
}
