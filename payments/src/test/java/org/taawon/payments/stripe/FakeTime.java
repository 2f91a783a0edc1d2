package org.taawon.payments.stripe;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.taawon.payments.support.Sleeper;

/** A monotonic clock that only moves when something sleeps on it: waits cost no real time. */
final class FakeTime implements Sleeper {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong sleeps = new AtomicLong();

    long nanoTime() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.incrementAndGet();
        nanos.addAndGet(duration.toNanos());
    }

    Duration slept() {
        return Duration.ofNanos(nanos.get());
    }

    long sleeps() {
        return sleeps.get();
    }
}
