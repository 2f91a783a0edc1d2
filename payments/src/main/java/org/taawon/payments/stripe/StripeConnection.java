package org.taawon.payments.stripe;

import java.time.Duration;
import java.util.Objects;

import com.stripe.StripeClient;

/**
 * How to reach Stripe: the secret key, the API base (Stripe's own, or a local stand-in in tests) and
 * the timeouts. {@link #client()} builds the one {@link StripeClient} a gateway or rail uses; it never
 * touches stripe-java's global state, and it leaves retries to the caller (0 network retries), since
 * only the caller knows which idempotency key a retry must carry.
 *
 * @param apiKey         a secret key ({@code sk_test_...}, {@code sk_live_...} or a restricted key)
 * @param apiBase        {@code https://api.stripe.com}, or {@code http://127.0.0.1:PORT} for a stand-in
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer
 */
public record StripeConnection(String apiKey, String apiBase, Duration connectTimeout, Duration readTimeout) {

    public static final String STRIPE_API_BASE = "https://api.stripe.com";

    public StripeConnection {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("a Stripe secret key is needed");
        }
        while (apiBase.endsWith("/")) {
            apiBase = apiBase.substring(0, apiBase.length() - 1);
        }
    }

    /** Stripe itself, with 30 s to connect and 80 s to answer (stripe-java's own defaults). */
    public static StripeConnection of(String apiKey) {
        return new StripeConnection(apiKey, STRIPE_API_BASE, Duration.ofSeconds(30), Duration.ofSeconds(80));
    }

    public StripeConnection withApiBase(String base) {
        return new StripeConnection(apiKey, base, connectTimeout, readTimeout);
    }

    public StripeConnection withTimeouts(Duration connect, Duration read) {
        return new StripeConnection(apiKey, apiBase, connect, read);
    }

    public StripeClient client() {
        return StripeClient.builder()
                .setApiKey(apiKey)
                .setApiBase(apiBase)
                .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
                .setReadTimeout(Math.toIntExact(readTimeout.toMillis()))
                .setMaxNetworkRetries(0)
                .build();
    }

    @Override
    public String toString() {
        return "StripeConnection[" + apiBase + "]";
    }
}
