package org.taawon.core.ledger;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taawon.core.money.Money;

/**
 * Repository port: the ledger. Append-only: implementations never update or delete a transaction
 * and refuse a second transaction with the same id ({@link LedgerException#DUPLICATE_TRANSACTION}).
 */
public interface LedgerEntries {

    /** Records a balanced transaction; all its entries or none. */
    void append(LedgerTransaction transaction);

    /**
     * Records several transactions, as {@link #append} does each, in order; a store may write them
     * together. A refused one (a duplicate id) is refused before any of them is written by a store
     * that writes them together; the caller's unit of work makes the whole all or nothing.
     */
    default void appendAll(List<LedgerTransaction> transactions) {
        transactions.forEach(this::append);
    }

    Optional<LedgerTransaction> find(TransactionId id);

    boolean contains(TransactionId id);

    /** Every transaction, in the order recorded. */
    List<LedgerTransaction> all();

    /** The account's balance from the entries that count at or before {@code asOf}. */
    Money balance(Account account, Currency currency, Instant asOf);

    /**
     * The balance of every account of one type, by owner (a cooperative's id for per-cooperative
     * types), from the entries that count at or before {@code asOf}; owners without such entries are
     * absent. A payout run reads all cooperatives' payable balances with it at once.
     */
    default Map<String, Money> balancesOf(AccountType type, Currency currency, Instant asOf) {
        Map<String, Long> sums = new java.util.TreeMap<>();
        for (LedgerTransaction transaction : all()) {
            for (LedgerEntry entry : transaction.entries()) {
                if (entry.account().type() == type && entry.amount().currency().equals(currency)
                        && !entry.effectiveAt().isAfter(asOf)) {
                    sums.merge(entry.account().owner(), entry.amount().minor(), Math::addExact);
                }
            }
        }
        Map<String, Money> balances = new java.util.TreeMap<>();
        sums.forEach((owner, minor) -> balances.put(owner, Money.of(minor, currency)));
        return balances;
    }

    /** The account's balance from all its entries, whenever they count. */
    Money balance(Account account, Currency currency);

    /** The account's entries summed by kind (kinds without entries are absent). */
    Map<EntryKind, Money> totalsByKind(Account account, Currency currency);

    /** Every account's balance; they sum to zero in a sound ledger. */
    Map<Account, Money> balances(Currency currency);

    /** The account's entries with their transaction, in the order recorded: a statement's lines. */
    List<Posting> postings(Account account);

    /**
     * An entry as seen from its account.
     *
     * @param transaction the transaction it belongs to
     * @param recordedAt  when that was recorded
     * @param entry       the entry
     */
    record Posting(TransactionId transaction, Instant recordedAt, LedgerEntry entry) {
    }
}
