package org.taawon.payments.stripe;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;
import org.taawon.payments.support.Sleeper;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;

/**
 * Runs one Stripe call under the rate limit, retrying with the same idempotency key what Stripe says
 * is safe to retry (429, 409, connection failures, timeouts, 5xx for reads) and translating what is
 * left into {@link StripeCallException}. Callers that must resolve a 5xx themselves (a transfer) use
 * {@link #isServerError}.
 */
final class StripeCalls {

    private static final Logger LOG = LoggerFactory.getLogger(StripeCalls.class);

    private final RateLimiter limiter;
    private final Backoff backoff;
    private final Sleeper sleeper;

    StripeCalls(RateLimiter limiter, Backoff backoff, Sleeper sleeper) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    interface Call<T> {
        T run() throws StripeException;
    }

    /** One attempt under the rate limit; Stripe's exception is passed on as it is. */
    <T> T once(Call<T> call) throws StripeException {
        limiter.acquire();
        return call.run();
    }

    /**
     * Retries transient failures with the same request (and so the same key) up to the backoff's limit.
     * A 5xx is retried only for reads: Stripe stores it under a POST's key and would answer it again.
     */
    <T> T withRetries(String what, boolean read, Call<T> call) {
        for (int retry = 0; ; retry++) {
            try {
                return once(call);
            } catch (StripeException e) {
                boolean retriable = isTransient(e) && (read || !isServerError(e));
                if (!retriable || retry >= backoff.maxRetries()) {
                    throw translate(what, e);
                }
                LOG.debug("{}: {} (retry {} of {})", what, e.getClass().getSimpleName(), retry + 1, backoff.maxRetries());
                pause(retry);
            }
        }
    }

    void pause(int retry) {
        sleeper.sleep(backoff.delay(retry));
    }

    Backoff backoff() {
        return backoff;
    }

    static boolean isTransient(StripeException e) {
        return e instanceof RateLimitException || e instanceof ApiConnectionException || isServerError(e)
                || Integer.valueOf(409).equals(e.getStatusCode());
    }

    static boolean isServerError(StripeException e) {
        return e instanceof ApiException && e.getStatusCode() != null && e.getStatusCode() >= 500;
    }

    static StripeCallException translate(String what, StripeException e) {
        String reason;
        if (e instanceof IdempotencyException) {
            reason = StripeCallException.IDEMPOTENCY_CONFLICT;
        } else if (e instanceof AuthenticationException || e instanceof PermissionException) {
            reason = StripeCallException.AUTHENTICATION;
        } else if (isTransient(e)) {
            reason = StripeCallException.UNAVAILABLE;
        } else {
            reason = StripeCallException.REJECTED;
        }
        return new StripeCallException(reason, what + " failed: " + e.getMessage(), e);
    }
}
