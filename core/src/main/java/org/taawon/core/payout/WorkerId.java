package org.taawon.core.payout;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who holds a claim on payouts: one instance of the host application (or one worker thread of it).
 * Two live workers must never share an id: a worker takes over its own claims at once, since it
 * knows it is not sending them any more (a restarted process with a stable id, such as
 * {@code settle}), while another worker waits for the claim's lease to run out.
 *
 * @param value at most 128 characters
 */
public record WorkerId(String value) {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    public WorkerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("a worker id has 1 to 128 characters");
        }
    }

    public static WorkerId of(String value) {
        return new WorkerId(value);
    }

    /**
     * An id unique to this process and call: host name, process id and a counter. For hosts that run
     * payouts from several instances (a cron job, Quartz or {@code @Scheduled} on each).
     */
    public static WorkerId ofThisProcess() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | SecurityException unknown) {
            host = "host";
        }
        String id = host + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return new WorkerId(id.length() <= 128 ? id : id.substring(id.length() - 128));
    }

    @Override
    public String toString() {
        return value;
    }
}
