package org.taawon.core.order;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PaymentRecords} in memory. Thread-safe. */
public final class InMemoryPaymentRecords implements PaymentRecords {

    private final Map<String, PaymentRecord> byReference = new ConcurrentHashMap<>();

    @Override
    public Optional<PaymentRecord> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    @Override
    public void save(PaymentRecord record) {
        byReference.put(record.reference(), record);
    }

    /** Every record, in order of reference. */
    public List<PaymentRecord> all() {
        return byReference.values().stream().sorted(java.util.Comparator.comparing(PaymentRecord::reference)).toList();
    }
}
