package org.taawon.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * A balanced set of entries recorded together: its amounts sum to exactly zero, in one currency.
 * Immutable once built; the ledger only ever appends.
 *
 * @param id         derived from what it records, unique in the ledger
 * @param recordedAt when it was recorded
 * @param entries    at least one entry, zero-sum
 */
public record LedgerTransaction(TransactionId id, Instant recordedAt, List<LedgerEntry> entries) {

    public LedgerTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordedAt, "recordedAt");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new LedgerException(LedgerException.EMPTY_TRANSACTION, "transaction " + id + " has no entries");
        }
        Currency currency = entries.get(0).amount().currency();
        Money sum = Money.zero(currency);
        for (LedgerEntry entry : entries) {
            if (!entry.amount().currency().equals(currency)) {
                throw new LedgerException(LedgerException.MIXED_CURRENCIES, "transaction " + id + " mixes currencies");
            }
            sum = sum.plus(entry.amount());
        }
        if (!sum.isZero()) {
            throw new LedgerException(LedgerException.UNBALANCED, "transaction " + id + " does not balance: " + sum);
        }
    }

    public Currency currency() {
        return entries.get(0).amount().currency();
    }

    /** Builds a transaction, leaving out zero entries (they move nothing). */
    public static Builder builder(TransactionId id, Instant recordedAt) {
        return new Builder(id, recordedAt);
    }

    /** Collects entries for one transaction. */
    public static final class Builder {
        private final TransactionId id;
        private final Instant recordedAt;
        private final List<LedgerEntry> entries = new ArrayList<>();

        private Builder(TransactionId id, Instant recordedAt) {
            this.id = Objects.requireNonNull(id, "id");
            this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        }

        public Builder add(Account account, EntryKind kind, Money amount, Instant effectiveAt) {
            if (!amount.isZero()) {
                entries.add(new LedgerEntry(account, kind, amount, effectiveAt));
            }
            return this;
        }

        /** Moves {@code amount} out of {@code from} into {@code to}, both counting from {@code effectiveAt}. */
        public Builder move(Account from, Account to, EntryKind kind, Money amount, Instant effectiveAt) {
            add(from, kind, amount.negate(), effectiveAt);
            return add(to, kind, amount, effectiveAt);
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }

        public LedgerTransaction build() {
            return new LedgerTransaction(id, recordedAt, entries);
        }

        /**
         * Builds the transaction; when every amount was zero it keeps one zero entry on
         * {@code marker}, so that the event is still on record (an order of free items, say).
         */
        public LedgerTransaction buildMarked(Account marker, EntryKind kind, Currency currency) {
            if (entries.isEmpty()) {
                entries.add(new LedgerEntry(marker, kind, Money.zero(currency), recordedAt));
            }
            return build();
        }
    }
}
