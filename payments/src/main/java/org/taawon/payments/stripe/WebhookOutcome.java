package org.taawon.payments.stripe;

import java.util.Objects;

/**
 * What became of a verified delivery.
 *
 * @param eventId the Stripe event id
 * @param type    the event type
 * @param status  applied, a duplicate of an event already applied, or of a type the library ignores
 */
public record WebhookOutcome(String eventId, String type, Status status) {

    public WebhookOutcome {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    public enum Status {
        APPLIED,
        DUPLICATE,
        IGNORED
    }
}
