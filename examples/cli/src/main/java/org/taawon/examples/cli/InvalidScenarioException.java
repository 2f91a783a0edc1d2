package org.taawon.examples.cli;

import org.taawon.core.money.TaawonException;

/** A scenario file that is not a valid scenario; {@code settle} refuses it whole with exit status 2. */
final class InvalidScenarioException extends TaawonException {

    private static final long serialVersionUID = 1L;

    static final String REASON = "INVALID_SCENARIO";

    InvalidScenarioException(String message) {
        super(REASON, message);
    }
}
