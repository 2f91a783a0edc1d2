package org.taawon.core.cart;

import java.util.Objects;

import org.taawon.core.catalogue.Sku;

/** Use case: a shopper takes a product out of their cart. */
public final class RemoveFromCart {

    private final Carts carts;

    public RemoveFromCart(Carts carts) {
        this.carts = Objects.requireNonNull(carts, "carts");
    }

    public Cart remove(CartId cartId, Sku sku) {
        Cart cart = carts.find(cartId)
                .orElseThrow(() -> new CartException(CartException.UNKNOWN_CART, "no cart " + cartId));
        cart.remove(sku);
        carts.save(cart);
        return cart;
    }
}
