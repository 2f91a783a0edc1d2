package org.taawon.core.cart;

import java.util.Objects;

import org.taawon.core.catalogue.Sku;

/** Use case: a shopper sets how many units of a product in their cart they want. */
public final class ChangeCartQuantity {

    private final Carts carts;

    public ChangeCartQuantity(Carts carts) {
        this.carts = Objects.requireNonNull(carts, "carts");
    }

    public Cart change(CartId cartId, Sku sku, long quantity) {
        Cart cart = carts.find(cartId)
                .orElseThrow(() -> new CartException(CartException.UNKNOWN_CART, "no cart " + cartId));
        cart.changeQuantity(sku, quantity);
        carts.save(cart);
        return cart;
    }
}
