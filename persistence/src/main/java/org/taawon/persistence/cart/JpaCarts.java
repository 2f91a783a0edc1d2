package org.taawon.persistence.cart;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.Carts;
import org.taawon.persistence.support.EntityManagerAccess;

/**
 * {@link Carts} in {@code taawon_cart} and {@code taawon_cart_line}. A cart is looked up by its cart id
 * in the persistence context first, so putting several products into one cart in one transaction reads
 * it at most once, and its new lines go to the database in one batch at the end instead of one flush
 * per product. A cart read from the database comes with its lines in the same statement.
 */
public final class JpaCarts implements Carts {

    private static final CartEntityMapper MAPPER = CartEntityMapper.MAPPER;

    /**
     * Carts {@link #findOrNew} handed out as new, with the session that found no row for them: saving
     * one of them in that session needs no second look for the row (carts compare by identity).
     */
    private final Map<Cart, Session> handedOutNew = Collections.synchronizedMap(new WeakHashMap<>());

    private final EntityManagerAccess access;

    public JpaCarts(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Optional<Cart> find(CartId id) {
        return access.call(em -> load(em, id).map(MAPPER::toDomain));
    }

    @Override
    public Cart findOrNew(CartId id) {
        return access.call(em -> load(em, id).map(MAPPER::toDomain).orElseGet(() -> {
            Cart cart = Cart.empty(id);
            handedOutNew.put(cart, em.unwrap(Session.class));
            return cart;
        }));
    }

    @Override
    public void save(Cart cart) {
        access.run(em -> {
            Session session = em.unwrap(Session.class);
            boolean knownNew = handedOutNew.remove(cart) == session;
            Optional<CartEntity> existing = knownNew ? inContext(em, cart.id()) : load(em, cart.id());
            CartEntity entity = existing.orElseGet(CartEntity::new);
            MAPPER.update(cart, entity);
            if (existing.isEmpty()) {
                em.persist(entity);
            }
        });
    }

    /**
     * The delete is flushed at once: the same cart id may be filled again in this transaction, and
     * Hibernate would otherwise insert the new cart's row before it deletes the old one.
     */
    @Override
    public void delete(CartId id) {
        access.run(em -> load(em, id).ifPresent(cart -> {
            em.remove(cart);
            em.flush();
        }));
    }

    /** From the persistence context when this transaction has the cart, else one select with its lines. */
    private static Optional<CartEntity> load(EntityManager em, CartId id) {
        Optional<CartEntity> managed = inContext(em, id);
        if (managed.isPresent()) {
            return managed;
        }
        EntityGraph<CartEntity> withLines = em.createEntityGraph(CartEntity.class);
        withLines.addAttributeNodes("lines");
        return em.unwrap(Session.class).bySimpleNaturalId(CartEntity.class).withLoadGraph(withLines).loadOptional(id.value());
    }

    /** The cart if this persistence context already holds it (loaded or persisted), without a statement. */
    private static Optional<CartEntity> inContext(EntityManager em, CartId id) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        EntityMappingType cart = session.getFactory().getMappingMetamodel().getEntityDescriptor(CartEntity.class);
        Object pk = session.getPersistenceContextInternal().getNaturalIdResolutions().findCachedIdByNaturalId(id.value(), cart);
        return pk == null ? Optional.empty() : Optional.ofNullable(em.find(CartEntity.class, pk));
    }
}
