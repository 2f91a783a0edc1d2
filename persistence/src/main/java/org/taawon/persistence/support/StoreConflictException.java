package org.taawon.persistence.support;

import org.taawon.core.money.TaawonException;

/**
 * The database refused a transaction because another one got in its way (a deadlock, a lock timeout,
 * a serialization failure, a row changed since it was read). Nothing of the transaction was applied;
 * running it again may succeed. Reason code {@value #REASON}.
 */
public final class StoreConflictException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String REASON = org.taawon.UnitOfWork.CONFLICT;

    public StoreConflictException(String message, Throwable cause) {
        super(REASON, message, cause);
    }
}
