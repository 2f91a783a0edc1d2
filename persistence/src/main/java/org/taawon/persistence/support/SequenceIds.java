package org.taawon.persistence.support;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Ids for rows an adapter inserts itself on JDBC, drawn from the entity's own Hibernate generator (its
 * sequence and pooled block of 50), so they never collide with rows Hibernate inserts for the same
 * entity, and cost the same sequence calls.
 */
public final class SequenceIds {

    private SequenceIds() {
    }

    /** The next id of {@code entity}'s sequence, as {@code em.persist} would assign it. */
    public static long next(EntityManager em, Class<?> entity) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        Object generator = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
        if (!(generator instanceof BeforeExecutionGenerator beforeExecution)) {
            throw new IllegalStateException(entity.getSimpleName() + " has no id generator that runs before the insert");
        }
        return ((Number) beforeExecution.generate(session, null, null, EventType.INSERT)).longValue();
    }
}
