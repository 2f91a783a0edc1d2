package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The stand-in itself, where a test relies on it: its request-rate limit. */
class StripeStandInTest {

    @Test
    void a_stand_in_limiting_to_25_per_second_answers_429_beyond_a_burst_and_the_rate() throws Exception {
        try (StripeStandIn standIn = StripeStandIn.start().limitingTo(25, 5)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest list = HttpRequest.newBuilder(URI.create(standIn.apiBase() + "/v1/transfers")).GET().build();
            int accepted = 0;
            int limited = 0;
            long start = System.nanoTime();
            for (int i = 0; i < 60; i++) {
                int status = http.send(list, HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status == 429) {
                    limited++;
                } else {
                    accepted++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(limited).as("429s to 60 requests sent back to back").isPositive();
            assertThat(accepted).as("accepted in %.3f s", seconds).isLessThanOrEqualTo(5 + (int) Math.ceil(25 * seconds));
            assertThat(standIn.counts().rateLimited()).isEqualTo(limited);
        }
    }
}
