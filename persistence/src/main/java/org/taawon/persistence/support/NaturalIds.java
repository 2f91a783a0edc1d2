package org.taawon.persistence.support;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.KeyType;

/**
 * Loads an entity by its natural key (an order id, a payout id) rather than its sequence id. Hibernate
 * remembers which natural key it has loaded in the persistence context, so asking again in the same
 * transaction costs no statement.
 */
public final class NaturalIds {

    private NaturalIds() {
    }

    public static <T> Optional<T> find(EntityManager em, Class<T> entity, Object naturalId) {
        return Optional.ofNullable(em.find(entity, naturalId, KeyType.NATURAL));
    }
}
