package org.taawon.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.persistence.Fixtures.T0;

import java.util.LinkedHashMap;
import java.util.Map;

import org.taawon.core.order.ProcessedEvents;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link ProcessedEvents} contract, on every adapter. */
class ProcessedEventsContractTest {

    @OnEveryAdapter
    void an_event_is_recorded_once_with_its_first_outcome(Adapter adapter) {
        ProcessedEvents events = adapter.open().processedEvents();

        events.add("evt_1", T0);
        events.add("evt_2", "INSUFFICIENT_STOCK", T0);
        events.add("evt_2", ProcessedEvents.APPLIED, T0.plusSeconds(1));

        assertThat(events.contains("evt_1")).isTrue();
        assertThat(events.contains("evt_3")).isFalse();
        assertThat(events.outcome("evt_1")).contains(ProcessedEvents.APPLIED);
        assertThat(events.outcome("evt_2")).contains("INSUFFICIENT_STOCK");
        assertThat(events.outcome("evt_3")).isEmpty();
    }

    @OnEveryAdapter
    void events_with_a_prefix_come_in_order_of_id_and_the_prefix_is_taken_literally(Adapter adapter) {
        ProcessedEvents events = adapter.open().processedEvents();
        for (String id : new String[] {"settle/abc/00000002", "settle/abc", "settle/abc/00000001", "settle/abd/00000001",
                "settle/ab_/1", "settle/abc%/1", "Settle/abc/00000003"}) {
            events.add(id, "outcome of " + id, T0);
        }

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("settle/abc/00000001", "outcome of settle/abc/00000001");
        expected.put("settle/abc/00000002", "outcome of settle/abc/00000002");
        assertThat(events.withPrefix("settle/abc/")).containsExactlyEntriesOf(expected);
        assertThat(events.withPrefix("settle/ab_").keySet()).containsExactly("settle/ab_/1");
        assertThat(events.withPrefix("settle/").keySet()).containsExactly("settle/ab_/1", "settle/abc", "settle/abc%/1",
                "settle/abc/00000001", "settle/abc/00000002", "settle/abd/00000001");
    }
}
