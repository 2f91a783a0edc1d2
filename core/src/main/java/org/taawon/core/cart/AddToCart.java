package org.taawon.core.cart;

import java.util.Objects;

import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;

/** Use case: a shopper puts units of a product into their cart. Unknown products are refused. */
public final class AddToCart {

    private final Carts carts;
    private final Products products;

    public AddToCart(Carts carts, Products products) {
        this.carts = Objects.requireNonNull(carts, "carts");
        this.products = Objects.requireNonNull(products, "products");
    }

    public Cart add(CartId cartId, Sku sku, long quantity) {
        if (products.find(sku).isEmpty()) {
            throw new CartException(CartException.UNKNOWN_PRODUCT, "no product " + sku);
        }
        Cart cart = carts.findOrNew(cartId);
        cart.add(sku, quantity);
        carts.save(cart);
        return cart;
    }
}
