/**
 * The sample cooperatives, products and logins the shop starts with, their texts in French, Arabic
 * and English, and the start-up step that loads them (with a few months of past orders and payouts)
 * into the library's stores.
 */
package org.taawon.examples.shop.showcase;
