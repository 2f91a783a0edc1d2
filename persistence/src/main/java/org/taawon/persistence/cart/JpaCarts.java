package org.taawon.persistence.cart;

import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;

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

    private static final String DELETE_LINES = "DELETE FROM taawon_cart_line WHERE cart_pk = ?";
    private static final String DELETE_CART = "DELETE FROM taawon_cart WHERE id = ? AND version = ?";

    private static final String BY_CART_ID = "select c from CartEntity c left join fetch c.lines where c.cartId = :id";

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
     * The cart's rows are deleted at once on the transaction's connection, its lines by cart and the cart
     * by id and version (a cart changed by a concurrent transaction is a conflict, as Hibernate's own
     * delete would find), and the entity leaves the persistence context. Pending changes of the context
     * are flushed first, so a cart saved in this transaction is in the database before it goes. Doing it
     * here rather than through {@code em.remove} spares the cascade and orphan removal over the lines
     * and the delete actions' bookkeeping at the flush (a sixth of a checkout's Hibernate time in the B1
     * profile); the same cart id may then be filled again in this transaction.
     */
    @Override
    public void delete(CartId id) {
        access.run(em -> load(em, id).ifPresent(cart -> {
            em.flush();
            long version = cart.getVersion();
            Long pk = cart.getId();
            int deleted = em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement lines = connection.prepareStatement(DELETE_LINES)) {
                    lines.setLong(1, pk);
                    lines.executeUpdate();
                }
                try (PreparedStatement row = connection.prepareStatement(DELETE_CART)) {
                    row.setLong(1, pk);
                    row.setLong(2, version);
                    return row.executeUpdate();
                }
            });
            em.detach(cart);
            if (deleted != 1) {
                throw new OptimisticLockException("cart " + id + " was changed by a concurrent transaction");
            }
        }));
    }

    /**
     * From the persistence context when this transaction has the cart, else one select with its lines.
     * The select is a JPQL fetch join, whose SQL Hibernate translates once and keeps (a natural-id load
     * with a load graph built and rendered its SQL again on every call: a third of the look-up's time in
     * the B1 profile), and it runs without flushing: a cart this transaction holds was answered from the
     * persistence context, and no pending change to another row alters whether this one exists.
     */
    private static Optional<CartEntity> load(EntityManager em, CartId id) {
        Optional<CartEntity> managed = inContext(em, id);
        if (managed.isPresent()) {
            return managed;
        }
        return em.createQuery(BY_CART_ID, CartEntity.class).setParameter("id", id.value())
                .setFlushMode(FlushModeType.COMMIT).getResultList().stream().findFirst();
    }

    /** The cart if this persistence context already holds it (loaded or persisted), without a statement. */
    private static Optional<CartEntity> inContext(EntityManager em, CartId id) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        EntityMappingType cart = session.getFactory().getMappingMetamodel().getEntityDescriptor(CartEntity.class);
        Object pk = session.getPersistenceContextInternal().getNaturalIdResolutions().findCachedIdByNaturalId(id.value(), cart);
        return pk == null ? Optional.empty() : Optional.ofNullable(em.find(CartEntity.class, pk));
    }
}
