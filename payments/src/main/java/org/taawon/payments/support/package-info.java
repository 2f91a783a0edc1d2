/**
 * Small pieces the payment rails share: a {@link org.taawon.payments.support.RateLimiter} that spaces
 * calls to a provider, an exponential {@link org.taawon.payments.support.Backoff} and the
 * {@link org.taawon.payments.support.Sleeper} both wait through, injected so tests run without real
 * sleeps.
 */
package org.taawon.payments.support;
