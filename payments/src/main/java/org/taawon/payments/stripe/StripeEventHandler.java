package org.taawon.payments.stripe;

import java.time.Instant;

import com.stripe.model.StripeObject;

/**
 * Applies one kind of verified Stripe event to the library's state. Implementations are idempotent
 * state transitions that do not depend on the order events arrive in: applying an event twice, or
 * a later event before an earlier one, ends in the same state as applying each once in order.
 */
public interface StripeEventHandler {

    /** Whether this handler applies events of this type, such as {@code payment_intent.succeeded}. */
    boolean handles(String type);

    /**
     * @param type      the event type, one this handler {@linkplain #handles handles}
     * @param object    the event's object (a PaymentIntent, Charge, Dispute, Transfer or Payout)
     * @param createdAt when Stripe created the event
     */
    void apply(String type, StripeObject object, Instant createdAt);
}
