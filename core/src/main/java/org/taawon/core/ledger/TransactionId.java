package org.taawon.core.ledger;

import org.taawon.core.catalogue.Ids;

/**
 * A ledger transaction's id, derived from what it records ({@code sale:o-1},
 * {@code refund:o-1/refund-2}, {@code payout:run-1/coop-a}), so recording the same thing twice is
 * refused by the ledger itself.
 */
public record TransactionId(String value) {

    public TransactionId {
        Ids.requireValid(value, "transaction id");
    }

    public static TransactionId of(String value) {
        return new TransactionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
