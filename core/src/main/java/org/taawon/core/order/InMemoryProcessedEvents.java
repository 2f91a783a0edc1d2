package org.taawon.core.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link ProcessedEvents} in memory. Thread-safe. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

    private final ConcurrentSkipListMap<String, String> processed = new ConcurrentSkipListMap<>();

    @Override
    public boolean contains(String eventId) {
        return processed.containsKey(eventId);
    }

    @Override
    public void add(String eventId, String outcome, Instant processedAt) {
        processed.putIfAbsent(eventId, outcome);
    }

    @Override
    public Optional<String> outcome(String eventId) {
        return Optional.ofNullable(processed.get(eventId));
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> result = new LinkedHashMap<>();
        processed.tailMap(prefix, true).entrySet().stream()
                .takeWhile(e -> e.getKey().startsWith(prefix))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    public int size() {
        return processed.size();
    }
}
