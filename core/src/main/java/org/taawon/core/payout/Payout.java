package org.taawon.core.payout;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.money.Money;

/**
 * One cooperative's payout in one run. Immutable: each state change is a new value, saved before the
 * next call to a rail.
 *
 * @param id            run + cooperative
 * @param run           its run
 * @param cooperative   who is paid
 * @param amount        how much, above 0
 * @param destination   where it goes (frozen at planning)
 * @param state         where it stands
 * @param plannedAt     the run's instant
 * @param attempts      how many times it was handed to a rail
 * @param railReference the rail's id for it (a Stripe transfer id, a bank file name), once known
 * @param failure       why it failed, once it has
 */
public record Payout(PayoutId id, PayoutRunId run, CooperativeId cooperative, Money amount, PayoutDestination destination,
                     PayoutState state, Instant plannedAt, int attempts, Optional<String> railReference,
                     Optional<String> failure) {

    public Payout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(railReference, "railReference");
        Objects.requireNonNull(failure, "failure");
        if (!amount.isPositive() || attempts < 0) {
            throw new IllegalArgumentException("payout " + id + " needs a positive amount");
        }
    }

    public static Payout planned(PayoutRunId run, CooperativeId cooperative, Money amount, PayoutDestination destination,
                                 Instant at) {
        return new Payout(PayoutId.of(run, cooperative), run, cooperative, amount, destination, PayoutState.PLANNED, at, 0,
                Optional.empty(), Optional.empty());
    }

    public Payout sending() {
        requireState(PayoutState.PLANNED, PayoutState.SENDING);
        return new Payout(id, run, cooperative, amount, destination, PayoutState.SENDING, plannedAt, attempts + 1,
                railReference, failure);
    }

    public Payout sent(String reference) {
        requireState(PayoutState.SENDING, PayoutState.SENT);
        return new Payout(id, run, cooperative, amount, destination, PayoutState.SENT, plannedAt, attempts,
                Optional.of(reference), failure);
    }

    public Payout paid(String reference) {
        requireState(PayoutState.SENDING, PayoutState.SENT, PayoutState.PAID);
        return new Payout(id, run, cooperative, amount, destination, PayoutState.PAID, plannedAt, attempts,
                Optional.of(reference), failure);
    }

    public Payout failed(String reason) {
        requireState(PayoutState.PLANNED, PayoutState.SENDING, PayoutState.SENT);
        return new Payout(id, run, cooperative, amount, destination, PayoutState.FAILED, plannedAt, attempts,
                railReference, Optional.of(reason));
    }

    /**
     * A paid payout came back (a Stripe transfer reversed, a bank return after confirmation): it ends
     * FAILED with the reason, and its money goes back to the cooperative's balance.
     */
    public Payout reversed(String reason) {
        requireState(PayoutState.PAID);
        return new Payout(id, run, cooperative, amount, destination, PayoutState.FAILED, plannedAt, attempts,
                railReference, Optional.of(reason));
    }

    private void requireState(PayoutState... allowed) {
        for (PayoutState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new PayoutException(PayoutException.INVALID_STATE, "payout " + id + " is " + state);
    }
}
