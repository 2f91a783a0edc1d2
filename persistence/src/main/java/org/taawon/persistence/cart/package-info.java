/**
 * Open carts in the database: the cart and cart-line entities, their mapper and
 * {@link org.taawon.persistence.cart.JpaCarts}.
 */
package org.taawon.persistence.cart;
