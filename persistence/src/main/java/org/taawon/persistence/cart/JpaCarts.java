package org.taawon.persistence.cart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.Carts;
import org.taawon.persistence.support.EntityManagerAccess;

/** {@link Carts} in {@code taawon_cart} and {@code taawon_cart_line}. */
public final class JpaCarts implements Carts {

    private static final CartEntityMapper MAPPER = CartEntityMapper.MAPPER;

    private final EntityManagerAccess access;

    public JpaCarts(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Optional<Cart> find(CartId id) {
        return access.call(em -> load(em, id).map(MAPPER::toDomain));
    }

    @Override
    public void save(Cart cart) {
        access.run(em -> {
            Optional<CartEntity> existing = load(em, cart.id());
            CartEntity entity = existing.orElseGet(CartEntity::new);
            MAPPER.update(cart, entity);
            if (existing.isEmpty()) {
                em.persist(entity);
            }
        });
    }

    @Override
    public void delete(CartId id) {
        access.run(em -> load(em, id).ifPresent(em::remove));
    }

    private static Optional<CartEntity> load(EntityManager em, CartId id) {
        List<CartEntity> found = em.createQuery(
                        "select distinct c from CartEntity c left join fetch c.lines where c.cartId = :id", CartEntity.class)
                .setParameter("id", id.value()).getResultList();
        return found.stream().findFirst();
    }
}
