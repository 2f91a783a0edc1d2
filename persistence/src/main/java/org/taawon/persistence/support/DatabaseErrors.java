package org.taawon.persistence.support;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.taawon.core.money.TaawonException;

/**
 * Reads what a database error means across H2, PostgreSQL and MariaDB: a unique key already taken, or
 * a conflict with a concurrent transaction that is worth retrying.
 */
public final class DatabaseErrors {

    /** Deadlock, serialization failure (PostgreSQL, H2, MariaDB), lock not available, H2's lock timeout. */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03", "HYT00");
    /** MariaDB: lock wait timeout, deadlock. */
    private static final Set<Integer> MARIADB_CONFLICT_CODES = Set.of(1205, 1213);
    private static final int MARIADB_DUPLICATE_KEY = 1062;

    private DatabaseErrors() {
    }

    /** Flushes pending writes; a unique key they break becomes {@code onDuplicate}'s exception. */
    public static void flush(EntityManager em, Supplier<? extends TaawonException> onDuplicate) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                TaawonException refused = onDuplicate.get();
                refused.initCause(e);
                throw refused;
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == MARIADB_DUPLICATE_KEY) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof StaleStateException
                    || t instanceof LockAcquisitionException) {
                return true;
            }
            if (t instanceof SQLException sql && (CONFLICT_STATES.contains(sql.getSQLState())
                    || MARIADB_CONFLICT_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The exception to give a caller for {@code error}: our own as they are; conflicts, and a unique key
     * taken by a concurrent transaction at commit, as {@link StoreConflictException} (run again, the work
     * sees the other transaction's row and answers as its rules say).
     */
    public static RuntimeException translate(RuntimeException error) {
        if (error instanceof TaawonException) {
            return error;
        }
        if (isConflict(error) || isUniqueViolation(error)) {
            return new StoreConflictException("a concurrent transaction got in the way; nothing was applied: "
                    + error.getMessage(), error);
        }
        return error;
    }
}
