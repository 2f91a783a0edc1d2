/**
 * The example shop's application: its entry point and {@link org.taawon.examples.shop.TaawonConfiguration},
 * the single class that wires Taawon's ports and use cases as Spring beans, and the scheduled expiry of
 * unpaid orders ({@link org.taawon.examples.shop.UnpaidOrderExpiry}). The storefront, the
 * cooperative dashboard and the operator back office live in the sub-packages and reach the library
 * only through those beans.
 */
package org.taawon.examples.shop;
