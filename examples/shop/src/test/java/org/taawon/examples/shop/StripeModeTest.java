package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.stripe.Stripe;
import com.stripe.net.Webhook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.payments.stripe.StripeStandIn;

/**
 * The shop in Stripe test mode, against a local Stripe stand-in: the payment page mounts the Payment
 * Element for the order's PaymentIntent, and the signed {@code payment_intent.succeeded} delivered to
 * {@code /stripe/webhook} marks the order paid; forged deliveries get 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StripeModeTest {

    private static final String WEBHOOK_SECRET = "whsec_taawon_shop_test";
    private static final StripeStandIn STRIPE;

    static {
        try {
            STRIPE = StripeStandIn.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void stripeKeys(DynamicPropertyRegistry registry) {
        registry.add("STRIPE_SECRET_KEY", () -> "sk_test_taawon_shop");
        registry.add("STRIPE_PUBLISHABLE_KEY", () -> "pk_test_taawon_shop");
        registry.add("STRIPE_WEBHOOK_SECRET", () -> WEBHOOK_SECRET);
        registry.add("taawon.shop.stripe-api-base", STRIPE::apiBase);
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Test
    void the_payment_element_pays_and_stripes_webhook_confirms_the_order() throws Exception {
        Shopper shopper = new Shopper(mvc).add("ARGAN-COSM-100", 1).add("THYME-100", 2);
        String orderId = shopper.checkout();
        String page = mvc.perform(get("/pay/" + orderId).session(shopper.session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("data-client-secret=\"((pi_[^\"_]+(?:_[^\"_]+)*?)_secret_[^\"]+)\"").matcher(page);
        assertThat(page).contains("id=\"payment-element\"").contains("pk_test_taawon_shop");
        assertThat(secret.find()).as(page).isTrue();
        String paymentIntent = secret.group(2);
        assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        long total = orders.get(OrderId.of(orderId)).total().minor();
        String event = event("evt_shop_1", "payment_intent.succeeded", paymentIntent, orderId, total);
        deliver(event, sign(event)).andExpect(status().isOk());
        deliver(event, sign(event)).andExpect(status().isOk());

        assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.get(OrderId.of(orderId)).paymentReference()).contains(paymentIntent);
    }

    @Test
    void a_forged_or_unsigned_delivery_gets_400() throws Exception {
        String event = event("evt_shop_2", "payment_intent.succeeded", "pi_forged", "TW-NONE", 100);
        deliver(event, sign(event).replace("v1=", "v1=0")).andExpect(status().isBadRequest());
        deliver(event, "").andExpect(status().isBadRequest());
        deliver(event.replace("100", "1"), sign(event)).andExpect(status().isBadRequest());
    }

    private org.springframework.test.web.servlet.ResultActions deliver(String payload, String signature) throws Exception {
        return mvc.perform(post("/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", signature));
    }

    private static String sign(String payload) throws Exception {
        return Webhook.Signature.generateSignatureHeader(payload, WEBHOOK_SECRET, Instant.now().getEpochSecond());
    }

    private static String event(String id, String type, String paymentIntent, String orderId, long amount) {
        JsonObject pi = new JsonObject();
        pi.addProperty("id", paymentIntent);
        pi.addProperty("object", "payment_intent");
        pi.addProperty("amount", amount);
        pi.addProperty("amount_received", amount);
        pi.addProperty("currency", "mad");
        pi.addProperty("status", "succeeded");
        pi.addProperty("transfer_group", orderId);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("order_id", orderId);
        pi.add("metadata", metadata);
        JsonObject data = new JsonObject();
        data.add("object", pi);
        JsonObject event = new JsonObject();
        event.addProperty("id", id);
        event.addProperty("object", "event");
        event.addProperty("api_version", Stripe.API_VERSION);
        event.addProperty("created", Instant.now().getEpochSecond());
        event.add("data", data);
        event.addProperty("livemode", false);
        event.addProperty("type", type);
        return new Gson().toJson(event);
    }
}
