package org.taawon.core.ledger;

import org.taawon.core.money.TaawonException;

/** A ledger write that would break double entry or record a movement twice; nothing was written. */
public final class LedgerException extends TaawonException {

    private static final long serialVersionUID = 1L;

    public static final String UNBALANCED = "UNBALANCED_TRANSACTION";
    public static final String DUPLICATE_TRANSACTION = "DUPLICATE_TRANSACTION";
    public static final String MIXED_CURRENCIES = "MIXED_CURRENCIES";
    public static final String EMPTY_TRANSACTION = "EMPTY_TRANSACTION";
    public static final String UNKNOWN_TRANSACTION = "UNKNOWN_TRANSACTION";

    public LedgerException(String reason, String message) {
        super(reason, message);
    }
}
