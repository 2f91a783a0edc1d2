package org.taawon.examples.cli;

import org.taawon.core.money.TaawonException;

/** The store settle was pointed at holds data of something else; {@code --reset} clears it. */
final class StoreHoldsOtherDataException extends TaawonException {

    private static final long serialVersionUID = 1L;

    static final String REASON = "STORE_HOLDS_OTHER_DATA";

    StoreHoldsOtherDataException(String why) {
        super(REASON, "the database cannot take this scenario: " + why + " (--reset clears Taawon's tables)");
    }
}
