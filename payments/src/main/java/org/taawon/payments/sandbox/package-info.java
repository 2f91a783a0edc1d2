/**
 * An offline payment gateway for demos and tests without a Stripe key:
 * {@link org.taawon.payments.sandbox.SandboxPaymentGateway} behaves like Stripe in test mode, with
 * Stripe's test card numbers ({@link org.taawon.payments.sandbox.TestCard}) and references derived
 * from idempotency keys.
 */
package org.taawon.payments.sandbox;
