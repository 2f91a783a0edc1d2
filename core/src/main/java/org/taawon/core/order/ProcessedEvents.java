package org.taawon.core.order;

import java.time.Instant;

/**
 * Port: the ids of gateway notifications (webhook events) already applied, so that a notification
 * delivered twice takes effect once. Handlers mark an event after applying it and make every effect
 * idempotent, so a crash between the two only repeats harmless work.
 */
public interface ProcessedEvents {

    boolean contains(String eventId);

    /** Marks an event as applied; marking it again changes nothing. */
    void add(String eventId, Instant processedAt);
}
