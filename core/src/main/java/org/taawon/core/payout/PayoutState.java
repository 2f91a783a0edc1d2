package org.taawon.core.payout;

/**
 * A payout's life: {@code PLANNED -> SENDING -> SENT -> PAID}, or {@code FAILED} with the money
 * returned to the cooperative's balance. A rail that confirms at once goes from SENDING to PAID.
 */
public enum PayoutState {
    PLANNED,
    SENDING,
    SENT,
    PAID,
    FAILED;

    public boolean isFinal() {
        return this == PAID || this == FAILED;
    }
}
