package org.taawon.persistence.support;

import java.util.function.Supplier;

import org.taawon.UnitOfWork;

/**
 * Runs work in one transaction of the store: it commits when the work returns and rolls back when it
 * throws. A call made while a transaction is already open on the thread joins it, so only the
 * outermost call commits; a payout run therefore commits each cooperative on its own only when it is
 * not itself started inside a transaction. Being a {@link UnitOfWork}, it can be handed to
 * {@link org.taawon.core.payout.RunPayouts} as it is.
 */
public interface TransactionRunner extends UnitOfWork {

    @Override
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
