package org.taawon.core.money;

import java.util.Objects;

/**
 * Base of every error the library raises on purpose. It carries a machine-readable {@link #reason()}
 * (for example {@code INSUFFICIENT_STOCK}) so that a host can map it to a response without parsing
 * messages; the message is for people.
 */
public abstract class TaawonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    protected TaawonException(String reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    protected TaawonException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The machine-readable reason code, stable across versions. */
    public String reason() {
        return reason;
    }
}
