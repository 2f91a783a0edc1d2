package org.taawon.examples.cli;

import java.util.Map;
import java.util.Optional;

/**
 * What a store remembers of the settlement it holds: the scenario's fingerprint and the outcome of
 * each event already replayed ({@link #APPLIED} or the rejection's reason code). An interrupted
 * settlement resumes from it, and a store holding another scenario is recognised by it.
 */
interface SettlementLog {

    String APPLIED = "APPLIED";

    /** The fingerprint of the scenario this store holds, if any. */
    Optional<String> fingerprint();

    /** Marks the store as holding the scenario with this fingerprint. */
    void start(String fingerprint);

    /** Outcomes by event index. */
    Map<Integer, String> outcomes();

    /** Records an event's outcome; in the caller's transaction, with the event's effects. */
    void record(int event, String outcome);
}
