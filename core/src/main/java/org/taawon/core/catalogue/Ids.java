package org.taawon.core.catalogue;

import org.taawon.core.money.TaawonException;

/**
 * The one rule every textual id of the library follows: 1 to 128 characters, no control characters,
 * no leading or trailing blanks. Ids travel into URLs, database keys and Stripe metadata, so the
 * bound is checked once here.
 */
public final class Ids {

    public static final int MAX_LENGTH = 128;

    private Ids() {
    }

    public static String requireValid(String value, String what) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !value.strip().equals(value)) {
            throw new InvalidIdException(what, value);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidIdException(what, value);
            }
        }
        return value;
    }

    /** An id that is empty, too long, padded with blanks or holds control characters. */
    public static final class InvalidIdException extends TaawonException {

        private static final long serialVersionUID = 1L;

        public static final String REASON = "INVALID_ID";

        InvalidIdException(String what, String value) {
            super(REASON, "invalid " + what + ": '" + value + "' (1.." + MAX_LENGTH + " characters, no control characters or outer blanks)");
        }
    }
}
