package org.taawon.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.Product;
import org.taawon.core.split.SplitPolicy;

/**
 * A validated scenario file: the platform's currency and split policy, how long an unpaid order keeps
 * its stock ({@link Duration#ZERO}: for ever), its catalogue and the events to replay, in file order.
 */
record Scenario(Currency currency, SplitPolicy policy, Duration paymentTimeout, List<Cooperative> cooperatives,
                List<Product> products, List<Event> events) {

    Scenario {
        java.util.Objects.requireNonNull(paymentTimeout, "paymentTimeout");
        cooperatives = List.copyOf(cooperatives);
        products = List.copyOf(products);
        events = List.copyOf(events);
    }

    /** One event of the file. */
    sealed interface Event {
        Instant at();
    }

    /**
     * A checkout as the file gives it. Quantities and amounts are kept as given (clamped into the
     * long range) so the library judges them and names the reason. {@code paid}: paid at once, at
     * the checkout's time; otherwise placed unpaid, holding its stock until a payment, a cancel or
     * its expiry.
     */
    record Checkout(Instant at, String order, List<Line> lines, long discount, Map<String, Long> shipping, boolean paid)
            implements Event {
        Checkout {
            lines = List.copyOf(lines);
            shipping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shipping));
        }

        record Line(String sku, long quantity) {
        }
    }

    /** A refund of units of lines of an earlier order. */
    record Refund(Instant at, String order, List<Line> lines, boolean restock) implements Event {
        Refund {
            lines = List.copyOf(lines);
        }

        record Line(long line, long units) {
        }
    }

    /** The customer pays an order placed unpaid. */
    record Payment(Instant at, String order) implements Event {
    }

    /** An unpaid order is cancelled: its stock comes back. */
    record Cancel(Instant at, String order) implements Event {
    }

    /** A payout run. */
    record PayoutRun(Instant at) implements Event {
    }
}
