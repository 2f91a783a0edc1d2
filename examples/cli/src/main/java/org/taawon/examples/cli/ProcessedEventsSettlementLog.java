package org.taawon.examples.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.taawon.core.order.ProcessedEvents;

/**
 * The settlement log kept in the library's {@link ProcessedEvents}: one entry
 * {@code settle/FINGERPRINT} marks the scenario a store holds, and one entry
 * {@code settle/FINGERPRINT/INDEX} per replayed event holds its outcome.
 */
final class ProcessedEventsSettlementLog implements SettlementLog {

    private static final String PREFIX = "settle/";
    private static final String STARTED = "STARTED";

    private final ProcessedEvents events;
    private String fingerprint;

    ProcessedEventsSettlementLog(ProcessedEvents events) {
        this.events = events;
    }

    @Override
    public Optional<String> fingerprint() {
        return events.withPrefix(PREFIX).keySet().stream()
                .map(key -> key.substring(PREFIX.length()))
                .filter(rest -> rest.indexOf('/') < 0)
                .findFirst();
    }

    @Override
    public void start(String scenarioFingerprint) {
        this.fingerprint = scenarioFingerprint;
        events.add(PREFIX + scenarioFingerprint, STARTED, Instant.EPOCH);
    }

    @Override
    public Map<Integer, String> outcomes() {
        String prefix = PREFIX + current() + "/";
        Map<Integer, String> outcomes = new TreeMap<>();
        events.withPrefix(prefix).forEach((key, outcome) -> outcomes.put(Integer.parseInt(key.substring(prefix.length())), outcome));
        return outcomes;
    }

    @Override
    public void record(int event, String outcome) {
        events.add(PREFIX + current() + "/" + String.format("%08d", event), outcome, Instant.EPOCH);
    }

    private String current() {
        if (fingerprint == null) {
            fingerprint = fingerprint().orElseThrow(() -> new IllegalStateException("no settlement started in this store"));
        }
        return fingerprint;
    }
}
