package org.taawon.core.order;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ProcessedEvents} in memory. Thread-safe. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

    private final Map<String, Instant> processed = new ConcurrentHashMap<>();

    @Override
    public boolean contains(String eventId) {
        return processed.containsKey(eventId);
    }

    @Override
    public void add(String eventId, Instant processedAt) {
        processed.putIfAbsent(eventId, processedAt);
    }

    public int size() {
        return processed.size();
    }
}
