package org.taawon.examples.cli;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.Product;
import org.taawon.core.split.SplitPolicy;

/**
 * A validated scenario file: the platform's currency and split policy, its catalogue and the events
 * to replay, in file order.
 */
record Scenario(Currency currency, SplitPolicy policy, List<Cooperative> cooperatives, List<Product> products,
                List<Event> events) {

    Scenario {
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
     * long range) so the library judges them and names the reason.
     */
    record Checkout(Instant at, String order, List<Line> lines, long discount, Map<String, Long> shipping)
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

    /** A payout run. */
    record PayoutRun(Instant at) implements Event {
    }
}
