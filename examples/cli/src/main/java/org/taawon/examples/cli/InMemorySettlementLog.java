package org.taawon.examples.cli;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link SettlementLog} that lives as long as the command (nothing to resume). */
final class InMemorySettlementLog implements SettlementLog {

    private String fingerprint;
    private final Map<Integer, String> outcomes = new TreeMap<>();

    @Override
    public Optional<String> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    @Override
    public void start(String scenarioFingerprint) {
        this.fingerprint = scenarioFingerprint;
    }

    @Override
    public Map<Integer, String> outcomes() {
        return Map.copyOf(outcomes);
    }

    @Override
    public void record(int event, String outcome) {
        outcomes.put(event, outcome);
    }
}
