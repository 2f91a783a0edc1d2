package org.taawon.examples.shop.stripe;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.taawon.payments.stripe.InvalidWebhookException;
import org.taawon.payments.stripe.StripeWebhooks;
import org.taawon.payments.stripe.WebhookOutcome;

/**
 * Stripe's notifications, verified and applied by the payments module's {@link StripeWebhooks}: a
 * forged, tampered, stale or malformed delivery gets 400, anything verified gets 200 (a duplicate
 * included, so Stripe stops resending). Without Stripe mode the endpoint does not exist (404).
 */
@RestController
public class StripeWebhookController {

    private final Optional<StripeWebhooks> webhooks;

    public StripeWebhookController(StripeMode.Endpoint endpoint) {
        this.webhooks = endpoint.webhooks();
    }

    @PostMapping("/stripe/webhook")
    ResponseEntity<Map<String, String>> receive(@RequestBody byte[] body,
                                                @RequestHeader(name = "Stripe-Signature", defaultValue = "") String signature) {
        if (webhooks.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        try {
            WebhookOutcome outcome = webhooks.get().handle(body, signature);
            return ResponseEntity.ok(Map.of("event", outcome.eventId(), "status", outcome.status().name()));
        } catch (InvalidWebhookException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.reason()));
        }
    }
}
