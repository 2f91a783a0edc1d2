package org.taawon.core.order;

import java.util.Optional;

/** Repository port: the gateway's view of each payment ({@link PaymentRecord}), by its reference. */
public interface PaymentRecords {

    Optional<PaymentRecord> find(String reference);

    /** Adds a record or replaces the one with the same reference. */
    void save(PaymentRecord record);
}
