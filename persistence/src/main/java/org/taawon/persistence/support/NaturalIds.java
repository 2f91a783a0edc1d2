package org.taawon.persistence.support;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Loads an entity by its natural key (an order id, a payout id) rather than its sequence id. Hibernate
 * remembers which natural key it has loaded in the persistence context, so asking again in the same
 * transaction costs no statement. {@code Session.bySimpleNaturalId} is public API on every Hibernate
 * ORM 7 release the library supports (7.2 to 7.4).
 */
public final class NaturalIds {

    private NaturalIds() {
    }

    public static <T> Optional<T> find(EntityManager em, Class<T> entity, Object naturalId) {
        return em.unwrap(Session.class).bySimpleNaturalId(entity).loadOptional(naturalId);
    }
}
