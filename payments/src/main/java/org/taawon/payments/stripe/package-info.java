/**
 * Stripe Connect with separate charges and transfers, through stripe-java and one
 * {@link com.stripe.StripeClient} per component (never stripe-java's global state):
 * {@link org.taawon.payments.stripe.StripePaymentGateway} takes each order's whole total as one
 * PaymentIntent, {@link org.taawon.payments.stripe.StripeTransferRail} pays each payout as one Transfer
 * to the cooperative's connected account, exactly once through retries, and
 * {@link org.taawon.payments.stripe.StripeWebhooks} verifies, deduplicates and applies Stripe's events
 * (payments, refunds, disputes, transfers) in any delivery order.
 */
package org.taawon.payments.stripe;
