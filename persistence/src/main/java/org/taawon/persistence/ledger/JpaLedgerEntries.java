package org.taawon.persistence.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;

import org.hibernate.Session;
import org.hibernate.StatelessSession;

import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.AccountType;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerException;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.persistence.support.DatabaseErrors;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.EpochNanos;

/**
 * {@link LedgerEntries} in {@code taawon_ledger_transaction} and {@code taawon_ledger_entry}. Only ever
 * inserts; balances and totals are sums computed by the database ({@code SUM ... GROUP BY}), never by
 * loading entries. A transaction is checked to balance before it is written, and the unique key on
 * its id refuses a second recording even under a race.
 */
public final class JpaLedgerEntries implements LedgerEntries {

    private static final LedgerEntityMapper MAPPER = LedgerEntityMapper.MAPPER;

    /** Rows per JDBC batch, and ids per IN list, when transactions are appended together. */
    private static final int BATCH = 500;
    private static final int IN_LIST = 500;

    private static final String ACCOUNT = "e.accountType = :type and e.accountOwner = :owner";

    private final EntityManagerAccess access;

    public JpaLedgerEntries(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public void append(LedgerTransaction transaction) {
        requireBalanced(transaction);
        access.run(em -> {
            // Every append writes its rows before it returns (below), so the query needs no flush of
            // the unit of work first: an auto-flush would dirty-check every entity the unit holds.
            if (contains(em, transaction.id(), FlushModeType.COMMIT)) {
                throw duplicate(transaction.id());
            }
            insert(em, List.of(MAPPER.toEntity(transaction)), transaction.id());
        });
    }

    /**
     * All the transactions' rows in batches: one query for ids already recorded, then the transaction
     * rows and the entry rows each as one JDBC batch.
     */
    @Override
    public void appendAll(List<LedgerTransaction> transactions) {
        if (transactions.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (LedgerTransaction transaction : transactions) {
            requireBalanced(transaction);
            if (!ids.add(transaction.id().value())) {
                throw duplicate(transaction.id());
            }
        }
        access.run(em -> {
            List<String> all = List.copyOf(ids);
            for (int from = 0; from < all.size(); from += IN_LIST) {
                List<String> recorded = em.createQuery("select t.transactionId from LedgerTransactionEntity t"
                                + " where t.transactionId in :ids", String.class)
                        .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_LIST)))
                        .setFlushMode(FlushModeType.COMMIT).getResultList();
                if (!recorded.isEmpty()) {
                    throw duplicate(TransactionId.of(recorded.get(0)));
                }
            }
            List<LedgerTransactionEntity> rows = transactions.stream().map(MAPPER::toEntity).toList();
            insert(em, rows, transactions.size() == 1 ? transactions.get(0).id() : null);
        });
    }

    /**
     * Writes the rows at once through a stateless session on the same connection and transaction. They
     * are immutable and never read back through these objects, so they take no place in the
     * persistence context: appending n transactions in one unit of work (a payout run's planning)
     * no longer flushes, n times, a context that grows with every append. The unique key on the
     * transaction id still refuses a duplicate written by a concurrent transaction.
     */
    private static void insert(EntityManager em, List<LedgerTransactionEntity> transactions, TransactionId id) {
        try (StatelessSession rows = em.unwrap(Session.class).statelessWithOptions().connection().open()) {
            rows.setJdbcBatchSize(BATCH);
            rows.insertMultiple(transactions);
            List<LedgerEntryEntity> entries = new ArrayList<>();
            transactions.forEach(t -> entries.addAll(t.getEntries()));
            rows.insertMultiple(entries);
        } catch (PersistenceException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                LedgerException refused = id != null ? duplicate(id)
                        : new LedgerException(LedgerException.DUPLICATE_TRANSACTION, "a transaction of the batch is already recorded");
                refused.initCause(e);
                throw refused;
            }
            throw e;
        }
    }

    /** The record checks this when built; checked again here because this is the last step before the rows. */
    private static void requireBalanced(LedgerTransaction transaction) {
        Currency currency = transaction.currency();
        long sum = 0;
        for (LedgerEntry entry : transaction.entries()) {
            if (!entry.amount().currency().equals(currency)) {
                throw new LedgerException(LedgerException.MIXED_CURRENCIES, "transaction " + transaction.id() + " mixes currencies");
            }
            sum = Math.addExact(sum, entry.amount().minor());
        }
        if (sum != 0) {
            throw new LedgerException(LedgerException.UNBALANCED, "transaction " + transaction.id() + " does not balance");
        }
    }

    private static LedgerException duplicate(TransactionId id) {
        return new LedgerException(LedgerException.DUPLICATE_TRANSACTION, "transaction " + id + " is already recorded");
    }

    @Override
    public Optional<LedgerTransaction> find(TransactionId id) {
        return access.call(em -> em.createQuery("select t from LedgerTransactionEntity t left join fetch t.entries"
                        + " where t.transactionId = :id", LedgerTransactionEntity.class)
                .setParameter("id", id.value()).getResultList().stream().findFirst().map(MAPPER::toDomain));
    }

    @Override
    public boolean contains(TransactionId id) {
        return access.call(em -> contains(em, id));
    }

    private static boolean contains(EntityManager em, TransactionId id) {
        return contains(em, id, FlushModeType.AUTO);
    }

    private static boolean contains(EntityManager em, TransactionId id, FlushModeType flush) {
        return em.createQuery("select count(t) from LedgerTransactionEntity t where t.transactionId = :id", Long.class)
                .setParameter("id", id.value()).setFlushMode(flush).getSingleResult() > 0;
    }

    @Override
    public List<LedgerTransaction> all() {
        return access.call(em -> em.createQuery("select t from LedgerTransactionEntity t left join fetch t.entries e"
                        + " order by t.id, e.id", LedgerTransactionEntity.class)
                .getResultList().stream().distinct().map(MAPPER::toDomain).toList());
    }

    @Override
    public Money balance(Account account, Currency currency, Instant asOf) {
        return access.call(em -> Money.of(em.createQuery("select coalesce(sum(e.amount.amountMinor), 0)"
                        + " from LedgerEntryEntity e where " + ACCOUNT
                        + " and e.amount.currency = :currency and e.effectiveAt <= :asOf", Long.class)
                .setParameter("type", account.type()).setParameter("owner", account.owner())
                .setParameter("currency", currency.getCurrencyCode()).setParameter("asOf", EpochNanos.clamped(asOf))
                .getSingleResult(), currency));
    }

    @Override
    public Map<String, Money> balancesOf(AccountType type, Currency currency, Instant asOf) {
        // One GROUP BY over the type's entries: a payout run reads every cooperative's balance at once.
        return access.call(em -> {
            Map<String, Money> balances = new TreeMap<>();
            em.createQuery("select e.accountOwner, sum(e.amount.amountMinor) from LedgerEntryEntity e"
                            + " where e.accountType = :type and e.amount.currency = :currency and e.effectiveAt <= :asOf"
                            + " group by e.accountOwner", Object[].class)
                    .setParameter("type", type).setParameter("currency", currency.getCurrencyCode())
                    .setParameter("asOf", EpochNanos.clamped(asOf))
                    .getResultList().forEach(row -> balances.put((String) row[0], Money.of(((Number) row[1]).longValue(), currency)));
            return balances;
        });
    }

    @Override
    public Money balance(Account account, Currency currency) {
        return access.call(em -> Money.of(em.createQuery("select coalesce(sum(e.amount.amountMinor), 0)"
                        + " from LedgerEntryEntity e where " + ACCOUNT + " and e.amount.currency = :currency", Long.class)
                .setParameter("type", account.type()).setParameter("owner", account.owner())
                .setParameter("currency", currency.getCurrencyCode()).getSingleResult(), currency));
    }

    @Override
    public Map<EntryKind, Money> totalsByKind(Account account, Currency currency) {
        return access.call(em -> {
            Map<EntryKind, Money> totals = new EnumMap<>(EntryKind.class);
            em.createQuery("select e.kind, sum(e.amount.amountMinor) from LedgerEntryEntity e where " + ACCOUNT
                            + " and e.amount.currency = :currency group by e.kind", Object[].class)
                    .setParameter("type", account.type()).setParameter("owner", account.owner())
                    .setParameter("currency", currency.getCurrencyCode())
                    .getResultList().stream().forEach(row -> totals.put((EntryKind) row[0], Money.of(((Number) row[1]).longValue(), currency)));
            return totals;
        });
    }

    @Override
    public Map<Account, Money> balances(Currency currency) {
        // Every account with entries, those in other currencies at zero, as the port's other adapters do.
        return access.call(em -> {
            Map<Account, Money> balances = new TreeMap<>();
            em.createQuery("select e.accountType, e.accountOwner,"
                            + " sum(case when e.amount.currency = :currency then e.amount.amountMinor else 0 end)"
                            + " from LedgerEntryEntity e group by e.accountType, e.accountOwner", Object[].class)
                    .setParameter("currency", currency.getCurrencyCode())
                    .getResultList().stream().forEach(row -> balances.put(new Account((AccountType) row[0], (String) row[1]),
                            Money.of(((Number) row[2]).longValue(), currency)));
            return balances;
        });
    }

    @Override
    public List<Posting> postings(Account account) {
        return access.call(em -> em.createQuery("select e from LedgerEntryEntity e join fetch e.transaction t where "
                        + ACCOUNT + " order by t.id, e.id", LedgerEntryEntity.class)
                .setParameter("type", account.type()).setParameter("owner", account.owner())
                .getResultList().stream().map(e -> new Posting(TransactionId.of(e.getTransaction().getTransactionId()),
                        EpochNanos.toInstant(e.getTransaction().getRecordedAt()), MAPPER.toDomain(e)))
                .toList());
    }
}
