package org.taawon.persistence.support;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * How the repository adapters reach an {@link EntityManager}. {@link JpaTransactionRunner} gives the
 * one of the thread's open transaction (or a short transaction of its own); a host with its own
 * container hands over its transaction-scoped, shared {@code EntityManager} with {@link #shared}.
 */
@FunctionalInterface
public interface EntityManagerAccess {

    <T> T call(Function<EntityManager, T> work);

    default void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * A container-managed, transaction-scoped {@code EntityManager} (Spring's shared proxy, an injected
     * {@code @PersistenceContext}); the host's transaction management decides where transactions begin
     * and end.
     */
    static EntityManagerAccess shared(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager");
        return new EntityManagerAccess() {
            @Override
            public <T> T call(Function<EntityManager, T> work) {
                return work.apply(entityManager);
            }
        };
    }
}
