/**
 * The storefront: the catalogue with its filters, product pages with the share of the price that
 * reaches the cooperative, the cart grouped by cooperative, checkout through the library's
 * {@code PlaceOrder}, the sandbox card payment and the shopper's order pages.
 */
package org.taawon.examples.shop.storefront;
