package org.taawon.core.payout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port to a way of moving money to cooperatives: Stripe transfers, a bank transfer file. A rail
 * derives its idempotency key from the payout's id and attempt number, so sending the same payout
 * twice never pays twice.
 */
public interface PayoutRail {

    /** Sends a payout in state SENDING and says what became of it. */
    Outcome send(Payout payout);

    /**
     * How many payouts one call of {@link #sendAll} takes: 1 (the default) for rails that make one
     * call per payout, such as Stripe transfers, so each answer is saved before the next call; more
     * for rails that take a batch in one step, such as a bank file.
     */
    default int batchSize() {
        return 1;
    }

    /**
     * Sends payouts in state SENDING in one step and says what became of each, in the same order. If
     * it throws, none of them counts as answered: they are looked up before being sent again.
     */
    default List<Outcome> sendAll(List<Payout> payouts) {
        return payouts.stream().map(this::send).toList();
    }

    /**
     * Looks up what became of a payout found in SENDING after a crash (was it sent before the crash?).
     * Empty means the rail has no trace of it, so it can be sent again safely.
     */
    default Optional<Outcome> lookUp(Payout payout) {
        return Optional.empty();
    }

    /**
     * What a rail did with a payout.
     *
     * @param status    PAID (confirmed), SENT (accepted, confirmation later) or FAILED (not paid; the money goes back)
     * @param reference the rail's id for it, or the failure's reason code
     */
    record Outcome(PayoutState status, String reference) {
        public Outcome {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reference, "reference");
            if (status != PayoutState.PAID && status != PayoutState.SENT && status != PayoutState.FAILED) {
                throw new IllegalArgumentException("a rail answers PAID, SENT or FAILED, not " + status);
            }
        }

        public static Outcome paid(String reference) {
            return new Outcome(PayoutState.PAID, reference);
        }

        public static Outcome sent(String reference) {
            return new Outcome(PayoutState.SENT, reference);
        }

        public static Outcome failed(String reason) {
            return new Outcome(PayoutState.FAILED, reason);
        }
    }
}
