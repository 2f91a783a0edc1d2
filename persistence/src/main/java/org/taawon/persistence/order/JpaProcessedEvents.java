package org.taawon.persistence.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.taawon.core.order.ProcessedEvents;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.NaturalIds;
import org.taawon.persistence.support.EpochNanos;

/**
 * {@link ProcessedEvents} in {@code taawon_processed_event}. Recording an event joins the caller's
 * transaction, so it commits with the event's effects; the unique key on the event id makes a
 * concurrent second recording fail that transaction (a retryable conflict), never count twice.
 */
public final class JpaProcessedEvents implements ProcessedEvents {

    private final EntityManagerAccess access;

    public JpaProcessedEvents(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public boolean contains(String eventId) {
        return access.call(em -> find(em, eventId).isPresent());
    }

    @Override
    public void add(String eventId, String outcome, Instant processedAt) {
        Objects.requireNonNull(outcome, "outcome");
        access.run(em -> {
            if (find(em, eventId).isEmpty()) {
                ProcessedEventEntity entity = new ProcessedEventEntity();
                entity.setEventId(eventId);
                entity.setOutcome(outcome);
                entity.setProcessedAt(EpochNanos.of(processedAt));
                em.persist(entity);
            }
        });
    }

    @Override
    public Optional<String> outcome(String eventId) {
        return access.call(em -> find(em, eventId).map(ProcessedEventEntity::getOutcome));
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        return access.call(em -> {
            // Ordered here, by Java's order of strings, whatever the database's collation.
            TreeMap<String, String> found = new TreeMap<>();
            em.createQuery("select e.eventId, e.outcome from ProcessedEventEntity e where e.eventId like :prefix escape '!'",
                            Object[].class)
                    .setParameter("prefix", escapeLike(prefix) + "%")
                    .getResultList().forEach(row -> found.put((String) row[0], (String) row[1]));
            return new LinkedHashMap<>(found);
        });
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Optional<ProcessedEventEntity> find(EntityManager em, String eventId) {
        return NaturalIds.find(em, ProcessedEventEntity.class, eventId);
    }
}
