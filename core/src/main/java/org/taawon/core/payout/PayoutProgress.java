package org.taawon.core.payout;

/**
 * What a call that runs payouts did, counted as it goes.
 *
 * @param planned    payouts planned (moved to "in flight" in the ledger)
 * @param sent       payouts handed to their rail that it accepted, confirmation to come
 * @param paid       payouts their rail confirmed
 * @param failed     payouts their rail refused (their money went back to the cooperative's balance)
 * @param unanswered payouts whose rail did not answer; they rest in SENDING and are looked up later
 */
public record PayoutProgress(int planned, int sent, int paid, int failed, int unanswered) {

    public static final PayoutProgress NONE = new PayoutProgress(0, 0, 0, 0, 0);

    public PayoutProgress {
        if (planned < 0 || sent < 0 || paid < 0 || failed < 0 || unanswered < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public PayoutProgress plus(PayoutProgress other) {
        return new PayoutProgress(planned + other.planned, sent + other.sent, paid + other.paid, failed + other.failed,
                unanswered + other.unanswered);
    }

    /** Payouts this call took to an end or to their rail. */
    public int handled() {
        return sent + paid + failed;
    }

    /** Receives progress after each step (a claim's payouts answered, a run planned). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = progress -> {
        };

        void progressed(PayoutProgress soFar);
    }
}
