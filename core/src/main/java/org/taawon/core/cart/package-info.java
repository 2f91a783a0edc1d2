/**
 * The shopper's cart: lines of products from many cooperatives, changed by the use cases
 * {@link org.taawon.core.cart.AddToCart}, {@link org.taawon.core.cart.ChangeCartQuantity} and
 * {@link org.taawon.core.cart.RemoveFromCart}. A cart holds skus and quantities only; prices are
 * read from the catalogue at checkout, never taken from the caller.
 */
package org.taawon.core.cart;
