package org.taawon.payments.stripe;

import java.time.Instant;

import com.stripe.model.StripeObject;

/**
 * Applies one kind of verified Stripe event to the library's state. Implementations are idempotent
 * state transitions that do not depend on the order events arrive in: applying an event twice, or
 * a later event before an earlier one, ends in the same state as applying each once in order.
 */
public interface StripeEventHandler {

    /**
     * @param type      the event type, such as {@code payment_intent.succeeded}
     * @param object    the event's object (a PaymentIntent, Charge, Dispute, Transfer or Payout)
     * @param createdAt when Stripe created the event
     * @return whether this handler knows the event type (unknown types are left to other handlers)
     */
    boolean apply(String type, StripeObject object, Instant createdAt);
}
