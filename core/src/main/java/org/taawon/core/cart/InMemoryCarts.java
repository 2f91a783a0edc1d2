package org.taawon.core.cart;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Carts} in memory. Stored carts are copies, so a caller's later changes need a save. */
public final class InMemoryCarts implements Carts {

    private final ConcurrentHashMap<CartId, Cart> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Cart> find(CartId id) {
        return Optional.ofNullable(byId.get(id)).map(c -> new Cart(c.id(), c.lines()));
    }

    @Override
    public void save(Cart cart) {
        byId.put(cart.id(), new Cart(cart.id(), cart.lines()));
    }

    @Override
    public void delete(CartId id) {
        byId.remove(id);
    }
}
