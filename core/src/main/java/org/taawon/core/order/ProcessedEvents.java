package org.taawon.core.order;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the ids of external events already applied (gateway notifications such as webhook events, a
 * replayed event log), with what became of each, so that an event delivered twice takes effect once.
 * Handlers record an event in the same transaction as its effects where they can, and otherwise make
 * every effect idempotent, so a crash between the two only repeats harmless work.
 */
public interface ProcessedEvents {

    /** The outcome recorded for an event that took effect. */
    String APPLIED = "APPLIED";

    boolean contains(String eventId);

    /** Marks an event as applied; marking it again changes nothing. */
    default void add(String eventId, Instant processedAt) {
        add(eventId, APPLIED, processedAt);
    }

    /** Records an event with its outcome ({@link #APPLIED} or a rejection's reason); a second record changes nothing. */
    void add(String eventId, String outcome, Instant processedAt);

    Optional<String> outcome(String eventId);

    /** The events whose id starts with {@code prefix}, with their outcomes, in order of id. */
    Map<String, String> withPrefix(String prefix);
}
