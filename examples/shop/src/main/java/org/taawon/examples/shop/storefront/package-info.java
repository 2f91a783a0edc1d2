/**
 * The storefront: the catalogue with its filters, product pages with the share of the price that
 * reaches the cooperative, the cart grouped by cooperative, checkout through the library's
 * {@code PlaceOrder}, the sandbox card payment and the shopper's order pages (an unpaid order can be
 * paid or cancelled there until its payment time-out).
 */
package org.taawon.examples.shop.storefront;
