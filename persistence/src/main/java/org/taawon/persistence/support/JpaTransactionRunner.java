package org.taawon.persistence.support;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource-local transactions on an {@link EntityManagerFactory}, one {@link EntityManager} per
 * transaction, bound to the thread while it runs. Adapters called outside any transaction get one of
 * their own for the call. Errors leave as they came, except conflicts with concurrent transactions,
 * which become a retryable {@link StoreConflictException}.
 */
public final class JpaTransactionRunner implements TransactionRunner, EntityManagerAccess {

    private static final Logger log = LoggerFactory.getLogger(JpaTransactionRunner.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactionRunner(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory, "entityManagerFactory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = entityManagerFactory.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        boolean committed = false;
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            committed = true;
            return result;
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e);
        } finally {
            try {
                if (!committed && tx.isActive()) {
                    log.debug("rolling back");
                    tx.rollback();
                }
            } finally {
                current.remove();
                em.close();
            }
        }
    }

    @Override
    public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = current.get();
        if (em != null) {
            return work.apply(em);
        }
        return inTransaction(() -> work.apply(current.get()));
    }

    /** Whether this thread is inside a transaction of this runner. */
    public boolean inTransaction() {
        return current.get() != null;
    }
}
