package org.taawon.payments.support;

import java.time.Duration;

/** Waits: the real one sleeps the thread; tests pass one that only advances a fake clock. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the current thread; an interrupt is kept on the thread and ends the wait early. */
    Sleeper SYSTEM = duration -> {
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void sleep(Duration duration);
}
