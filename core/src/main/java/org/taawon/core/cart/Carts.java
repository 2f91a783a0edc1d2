package org.taawon.core.cart;

import java.util.Optional;

/** Repository port: open carts. */
public interface Carts {

    Optional<Cart> find(CartId id);

    void save(Cart cart);

    void delete(CartId id);

    /** The cart with this id, or a new empty one (not yet saved). */
    default Cart findOrNew(CartId id) {
        return find(id).orElseGet(() -> Cart.empty(id));
    }
}
