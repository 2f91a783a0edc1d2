package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Five thousand bad deliveries (five seeds of a thousand): each is refused with
 * {@link InvalidWebhookException} and nothing else, and none changes anything.
 */
class StripeWebhooksRejectionTest {

    private static final Duration TOLERANCE = StripeWebhooks.DEFAULT_TOLERANCE;
    private static final int CASES_PER_SEED = 1_000;

    private static StripeStandIn standIn;
    private WebhookWorld world;
    private List<String> valid;

    enum Mutation {
        FLIPPED_BYTE, RESERIALISED_JSON, WRONG_SECRET, NO_V1, STALE, FUTURE, MALFORMED_HEADER, TAMPERED_SIGNATURE,
        SIGNATURE_OF_ANOTHER_BODY, SIGNED_BODY_THAT_IS_NOT_AN_EVENT, SIGNED_EVENT_WITH_A_BROKEN_OBJECT
    }

    @BeforeAll
    static void startStripe() throws Exception {
        standIn = StripeStandIn.start();
    }

    @AfterAll
    static void stopStripe() {
        standIn.close();
    }

    @BeforeEach
    void buildWorld() {
        world = new WebhookWorld(standIn, 3, 10);
        valid = new ArrayList<>();
        for (WebhookWorld.Placed placed : world.placed) {
            String order = placed.order().id().value();
            long total = placed.order().total().minor();
            Instant at = WebhookWorld.OPENED.plusSeconds(valid.size());
            valid.add(StripeEvents.event("evt_ok_" + valid.size(), "payment_intent.succeeded", at,
                    StripeEvents.paymentIntent(placed.paymentIntent(), order, total, "succeeded")));
            valid.add(StripeEvents.event("evt_ok_" + valid.size(), "charge.dispute.created", at,
                    StripeEvents.dispute("du_" + order, placed.paymentIntent(), total, "needs_response", at)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 22, 33, 44, 55})
    void every_mutated_delivery_is_refused_with_the_typed_error_and_changes_nothing(long seed) {
        Random random = new Random(seed);
        WebhookWorld.Snapshot before = world.snapshot();
        Map<Mutation, Integer> counts = new EnumMap<>(Mutation.class);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            String payload = valid.get(random.nextInt(valid.size()));
            Throwable thrown = deliver(mutation, payload, random);
            assertThat(thrown).as("seed %d, case %d, %s", seed, i, mutation)
                    .isExactlyInstanceOf(InvalidWebhookException.class);
            assertThat(((InvalidWebhookException) thrown).reason()).isEqualTo(InvalidWebhookException.REASON);
            counts.merge(mutation, 1, Integer::sum);
        }
        assertThat(world.processed.size()).as("seed %d", seed).isZero();
        assertThat(world.snapshot()).as("seed %d", seed).isEqualTo(before);
        assertThat(counts).as("seed %d: every kind of mutation tried", seed).hasSize(Mutation.values().length);

        // The same deliveries, unmutated, are accepted: the refusals were the mutations' doing.
        for (String payload : valid) {
            assertThat(world.webhooks.handle(payload, sign(payload, WebhookWorld.NOW)).status())
                    .isEqualTo(WebhookOutcome.Status.APPLIED);
        }
    }

    private Throwable deliver(Mutation mutation, String payload, Random random) {
        String header = sign(payload, WebhookWorld.NOW);
        return switch (mutation) {
            case FLIPPED_BYTE -> {
                byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                yield catchThrowable(() -> world.webhooks.handle(bytes, header));
            }
            case RESERIALISED_JSON -> {
                String other = reserialise(payload, random);
                assertThat(other).isNotEqualTo(payload);
                yield catchThrowable(() -> world.webhooks.handle(other, header));
            }
            case WRONG_SECRET -> catchThrowable(() -> world.webhooks.handle(payload,
                    StripeEvents.sign(payload, "whsec_" + Long.toHexString(random.nextLong()), WebhookWorld.NOW)));
            case NO_V1 -> catchThrowable(() -> world.webhooks.handle(payload, withoutV1(header, random)));
            case STALE -> catchThrowable(() -> world.webhooks.handle(payload, sign(payload,
                    WebhookWorld.NOW.minus(TOLERANCE).minusSeconds(1 + random.nextInt(1_000_000)))));
            case FUTURE -> catchThrowable(() -> world.webhooks.handle(payload, sign(payload,
                    WebhookWorld.NOW.plus(TOLERANCE).plusSeconds(1 + random.nextInt(1_000_000)))));
            case MALFORMED_HEADER -> catchThrowable(() -> world.webhooks.handle(payload, malformed(header, random)));
            case TAMPERED_SIGNATURE -> catchThrowable(() -> world.webhooks.handle(payload, tampered(header, random)));
            case SIGNATURE_OF_ANOTHER_BODY -> {
                String other = valid.get((valid.indexOf(payload) + 1 + random.nextInt(valid.size() - 1)) % valid.size());
                yield catchThrowable(() -> world.webhooks.handle(payload, sign(other, WebhookWorld.NOW)));
            }
            case SIGNED_BODY_THAT_IS_NOT_AN_EVENT -> {
                String body = notAnEvent(payload, random);
                yield catchThrowable(() -> world.webhooks.handle(body, sign(body, WebhookWorld.NOW)));
            }
            case SIGNED_EVENT_WITH_A_BROKEN_OBJECT -> {
                String body = brokenObject(payload, random);
                yield catchThrowable(() -> world.webhooks.handle(body, sign(body, WebhookWorld.NOW)));
            }
        };
    }

    private static String sign(String payload, Instant at) {
        return StripeEvents.sign(payload, WebhookWorld.SECRET, at);
    }

    private static String reserialise(String payload, Random random) {
        JsonObject object = JsonParser.parseString(payload).getAsJsonObject();
        if (random.nextBoolean()) {
            return new GsonBuilder().setPrettyPrinting().create().toJson(object);
        }
        JsonObject reordered = new JsonObject();
        List<Map.Entry<String, JsonElement>> entries = new ArrayList<>(object.entrySet());
        java.util.Collections.reverse(entries);
        entries.forEach(e -> reordered.add(e.getKey(), e.getValue()));
        return reordered.toString();
    }

    private static String withoutV1(String header, Random random) {
        String t = header.substring(0, header.indexOf(','));
        String signature = header.substring(header.indexOf("v1=") + 3);
        return switch (random.nextInt(3)) {
            case 0 -> t;
            case 1 -> t + ",v0=" + signature;
            default -> t + ",v2=" + signature;
        };
    }

    private static String tampered(String header, Random random) {
        char[] chars = header.toCharArray();
        int i = header.indexOf("v1=") + 3 + random.nextInt(64);
        chars[i] = chars[i] == '0' ? '1' : '0';
        return new String(chars);
    }

    private static String malformed(String header, Random random) {
        String signature = header.substring(header.indexOf("v1=") + 3);
        return switch (random.nextInt(9)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "   ";
            case 3 -> "t=,v1=" + signature;
            case 4 -> "t=yesterday,v1=" + signature;
            case 5 -> "v1=" + signature;
            case 6 -> header.replace(',', ';');
            case 7 -> ",,," + header;
            default -> randomText(random);
        };
    }

    private static String notAnEvent(String payload, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "{}";
            case 4 -> "{\"id\":\"evt_1\",\"object\":\"event\"}";
            case 5 -> payload.substring(0, 1 + random.nextInt(payload.length() - 1));
            case 6 -> "<xml/>";
            default -> randomText(random);
        };
    }

    private static String brokenObject(String payload, Random random) {
        JsonObject event = JsonParser.parseString(payload).getAsJsonObject();
        JsonObject object = event.getAsJsonObject("data").getAsJsonObject("object");
        switch (random.nextInt(5)) {
            case 0 -> event.getAsJsonObject("data").addProperty("object", 42);
            case 1 -> object.remove("amount");
            case 2 -> object.addProperty("currency", "xyz");
            case 3 -> object.addProperty("object", "transfer");
            default -> object.addProperty("amount", "a lot");
        }
        return event.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(80); i >= 0; i--) {
            text.append((char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }
}
