package org.taawon.payments.stripe;

import java.time.Instant;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import com.stripe.net.Webhook;

/** Writes Stripe events as Stripe sends them, and signs deliveries. */
final class StripeEvents {

    static final String OLD_API_VERSION = "2024-06-20";
    private static final Gson GSON = new Gson();

    private StripeEvents() {
    }

    static String event(String id, String type, Instant created, JsonObject object, String apiVersion) {
        JsonObject data = new JsonObject();
        data.add("object", object);
        JsonObject event = new JsonObject();
        event.addProperty("id", id);
        event.addProperty("object", "event");
        event.addProperty("api_version", apiVersion);
        event.addProperty("created", created.getEpochSecond());
        event.add("data", data);
        event.addProperty("livemode", false);
        event.addProperty("pending_webhooks", 1);
        event.addProperty("type", type);
        return GSON.toJson(event);
    }

    static String event(String id, String type, Instant created, JsonObject object) {
        return event(id, type, created, object, Stripe.API_VERSION);
    }

    static JsonObject paymentIntent(String id, String orderId, long amount, String status) {
        JsonObject pi = new JsonObject();
        pi.addProperty("id", id);
        pi.addProperty("object", "payment_intent");
        pi.addProperty("amount", amount);
        pi.addProperty("currency", "mad");
        pi.addProperty("status", status);
        pi.addProperty("transfer_group", orderId);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("order_id", orderId);
        pi.add("metadata", metadata);
        return pi;
    }

    static JsonObject charge(String id, String paymentIntent, String orderId, long amount, long refunded) {
        JsonObject charge = new JsonObject();
        charge.addProperty("id", id);
        charge.addProperty("object", "charge");
        charge.addProperty("amount", amount);
        charge.addProperty("amount_refunded", refunded);
        charge.addProperty("currency", "mad");
        charge.addProperty("payment_intent", paymentIntent);
        charge.addProperty("transfer_group", orderId);
        charge.addProperty("refunded", refunded == amount);
        return charge;
    }

    static JsonObject dispute(String id, String paymentIntent, long amount, String status, Instant created) {
        JsonObject dispute = new JsonObject();
        dispute.addProperty("id", id);
        dispute.addProperty("object", "dispute");
        dispute.addProperty("amount", amount);
        dispute.addProperty("currency", "mad");
        dispute.addProperty("charge", "ch_" + paymentIntent);
        dispute.addProperty("payment_intent", paymentIntent);
        dispute.addProperty("status", status);
        dispute.addProperty("created", created.getEpochSecond());
        return dispute;
    }

    static JsonObject transfer(String id, String payoutId, long amount, boolean reversed) {
        JsonObject transfer = new JsonObject();
        transfer.addProperty("id", id);
        transfer.addProperty("object", "transfer");
        transfer.addProperty("amount", amount);
        transfer.addProperty("amount_reversed", reversed ? amount : 0);
        transfer.addProperty("reversed", reversed);
        transfer.addProperty("currency", "mad");
        transfer.addProperty("transfer_group", payoutId);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("payout_id", payoutId);
        transfer.add("metadata", metadata);
        return transfer;
    }

    static String sign(String payload, String secret, Instant at) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, secret, at.getEpochSecond());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
