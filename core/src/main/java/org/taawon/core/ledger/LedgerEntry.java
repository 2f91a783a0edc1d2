package org.taawon.core.ledger;

import java.time.Instant;
import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * One side of a movement: an amount into (positive) or out of (negative) an account.
 *
 * @param account     the account
 * @param kind        why
 * @param amount      signed amount
 * @param effectiveAt the instant from which it counts (a sale's earnings after the hold, SETTLEMENT.md §5)
 */
public record LedgerEntry(Account account, EntryKind kind, Money amount, Instant effectiveAt) {

    public LedgerEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
    }

    public LedgerEntry negated() {
        return new LedgerEntry(account, kind, amount.negate(), effectiveAt);
    }
}
