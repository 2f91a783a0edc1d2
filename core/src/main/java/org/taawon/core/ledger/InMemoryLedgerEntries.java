package org.taawon.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.taawon.core.money.Money;

/** {@link LedgerEntries} in memory, append-only, with postings indexed by account. Thread-safe. */
public final class InMemoryLedgerEntries implements LedgerEntries {

    private final LinkedHashMap<TransactionId, LedgerTransaction> transactions = new LinkedHashMap<>();
    private final Map<Account, List<Posting>> byAccount = new HashMap<>();

    @Override
    public synchronized void append(LedgerTransaction transaction) {
        if (transactions.containsKey(transaction.id())) {
            throw new LedgerException(LedgerException.DUPLICATE_TRANSACTION, "transaction " + transaction.id() + " is already recorded");
        }
        transactions.put(transaction.id(), transaction);
        for (LedgerEntry entry : transaction.entries()) {
            byAccount.computeIfAbsent(entry.account(), a -> new ArrayList<>())
                    .add(new Posting(transaction.id(), transaction.recordedAt(), entry));
        }
    }

    /** All or none: a duplicate id (recorded before, or twice in the list) refuses the whole list. */
    @Override
    public synchronized void appendAll(List<LedgerTransaction> list) {
        java.util.Set<TransactionId> ids = new java.util.HashSet<>();
        for (LedgerTransaction transaction : list) {
            if (transactions.containsKey(transaction.id()) || !ids.add(transaction.id())) {
                throw new LedgerException(LedgerException.DUPLICATE_TRANSACTION, "transaction " + transaction.id() + " is already recorded");
            }
        }
        list.forEach(this::append);
    }

    @Override
    public synchronized Optional<LedgerTransaction> find(TransactionId id) {
        return Optional.ofNullable(transactions.get(id));
    }

    @Override
    public synchronized boolean contains(TransactionId id) {
        return transactions.containsKey(id);
    }

    @Override
    public synchronized List<LedgerTransaction> all() {
        return List.copyOf(transactions.values());
    }

    @Override
    public synchronized Money balance(Account account, Currency currency, Instant asOf) {
        long sum = 0;
        for (Posting p : byAccount.getOrDefault(account, List.of())) {
            if (p.entry().amount().currency().equals(currency) && !p.entry().effectiveAt().isAfter(asOf)) {
                sum = Math.addExact(sum, p.entry().amount().minor());
            }
        }
        return Money.of(sum, currency);
    }

    @Override
    public synchronized Map<String, Money> balancesOf(AccountType type, Currency currency, Instant asOf) {
        Map<String, Money> balances = new TreeMap<>();
        for (Map.Entry<Account, List<Posting>> account : byAccount.entrySet()) {
            if (account.getKey().type() != type) {
                continue;
            }
            long sum = 0;
            boolean counted = false;
            for (Posting p : account.getValue()) {
                if (p.entry().amount().currency().equals(currency) && !p.entry().effectiveAt().isAfter(asOf)) {
                    sum = Math.addExact(sum, p.entry().amount().minor());
                    counted = true;
                }
            }
            if (counted) {
                balances.put(account.getKey().owner(), Money.of(sum, currency));
            }
        }
        return balances;
    }

    @Override
    public synchronized Money balance(Account account, Currency currency) {
        return balance(account, currency, Instant.MAX);
    }

    @Override
    public synchronized Map<EntryKind, Money> totalsByKind(Account account, Currency currency) {
        Map<EntryKind, Money> totals = new EnumMap<>(EntryKind.class);
        for (Posting p : byAccount.getOrDefault(account, List.of())) {
            if (p.entry().amount().currency().equals(currency)) {
                totals.merge(p.entry().kind(), p.entry().amount(), Money::plus);
            }
        }
        return totals;
    }

    @Override
    public synchronized Map<Account, Money> balances(Currency currency) {
        Map<Account, Money> balances = new TreeMap<>();
        for (Account account : byAccount.keySet()) {
            balances.put(account, balance(account, currency));
        }
        return balances;
    }

    @Override
    public synchronized List<Posting> postings(Account account) {
        return List.copyOf(byAccount.getOrDefault(account, List.of()));
    }
}
