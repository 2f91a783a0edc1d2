package org.taawon.examples.shop.stripe;

import java.util.Optional;

import org.springframework.core.env.Environment;
import org.taawon.payments.stripe.StripeWebhooks;

/**
 * Whether the shop takes real card payments through Stripe's test mode: it does when
 * {@code STRIPE_SECRET_KEY}, {@code STRIPE_PUBLISHABLE_KEY} and {@code STRIPE_WEBHOOK_SECRET} are all set
 * (environment variables or properties). {@code taawon.shop.stripe-api-base} points the client at
 * another API base (a local stand-in in tests).
 *
 * @param secretKey      the API key
 * @param publishableKey the key the browser's Stripe.js uses
 * @param webhookSecret  the signing secret of the {@code /stripe/webhook} endpoint
 * @param apiBase        Stripe's API base
 */
public record StripeMode(String secretKey, String publishableKey, String webhookSecret, String apiBase) {

    /** The shop's setting: Stripe mode, or the sandbox when empty. A bean, since Spring does not hold Optionals. */
    public record Setting(Optional<StripeMode> mode) {
    }

    /** The verified webhook endpoint's handler, present in Stripe mode. */
    public record Endpoint(Optional<StripeWebhooks> webhooks) {
    }

    public static Optional<StripeMode> from(Environment environment) {
        String secret = environment.getProperty("STRIPE_SECRET_KEY", "");
        String publishable = environment.getProperty("STRIPE_PUBLISHABLE_KEY", "");
        String webhook = environment.getProperty("STRIPE_WEBHOOK_SECRET", "");
        if (secret.isBlank() || publishable.isBlank() || webhook.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StripeMode(secret, publishable, webhook,
                environment.getProperty("taawon.shop.stripe-api-base", "https://api.stripe.com")));
    }
}
