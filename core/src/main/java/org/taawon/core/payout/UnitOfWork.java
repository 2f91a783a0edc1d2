package org.taawon.core.payout;

import java.util.function.Supplier;

/**
 * Port: runs work in one transaction of the store. A payout run commits each cooperative's payout
 * on its own, so one failure does not undo the others and progress survives a crash.
 */
public interface UnitOfWork {

    /**
     * The reason of the {@link org.taawon.core.money.TaawonException} a store throws when a
     * transaction collided with another one (a lock wait timed out, a serialization failure): nothing
     * of it was applied, and it may be tried again.
     */
    String CONFLICT = "STORE_CONFLICT";

    /** For stores without transactions (in memory): runs the work as it is. */
    UnitOfWork DIRECT = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    <T> T inTransaction(Supplier<T> work);
}
