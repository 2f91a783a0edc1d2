package org.taawon;

import java.util.function.Supplier;

/**
 * Port: runs work in one transaction of the store. Use cases that work step by step commit each step
 * on its own (a payout run each cooperative's payout, expiry each order), so one failure does not undo
 * the others and progress survives a crash.
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
