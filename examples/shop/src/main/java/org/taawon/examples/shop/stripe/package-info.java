/**
 * Stripe test mode for the shop: {@link org.taawon.examples.shop.stripe.StripeMode} says whether the
 * keys are set; the payment page then mounts Stripe's Payment Element and
 * {@link org.taawon.examples.shop.stripe.StripeWebhookController} takes Stripe's notifications.
 */
package org.taawon.examples.shop.stripe;
