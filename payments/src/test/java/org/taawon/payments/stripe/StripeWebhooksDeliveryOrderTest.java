package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutState;

import com.google.gson.JsonObject;

/**
 * Ten thousand valid deliveries, 30 % of them duplicates, in random order: each event takes effect
 * once and the platform ends exactly where processing every event once, in order, leaves it.
 */
class StripeWebhooksDeliveryOrderTest {

    private static final long SEED = 20260401L;
    private static final int UNIQUE = 7_000;
    private static final int DUPLICATES = 3_000;

    private static StripeStandIn standIn;

    @BeforeAll
    static void startStripe() throws Exception {
        standIn = StripeStandIn.start();
    }

    @AfterAll
    static void stopStripe() {
        standIn.close();
    }

    private record Delivery(String payload, String header) {
    }

    @Test
    void ten_thousand_deliveries_with_duplicates_in_random_order_end_as_in_order_processing() {
        WebhookWorld inOrder = new WebhookWorld(standIn, 20, 2_800);
        WebhookWorld shuffled = new WebhookWorld(standIn, 20, 2_800);
        assertThat(shuffled.placed.stream().map(WebhookWorld.Placed::paymentIntent))
                .containsExactlyElementsOf(inOrder.placed.stream().map(WebhookWorld.Placed::paymentIntent).toList());

        Random random = new Random(SEED);
        List<Delivery> events = events(inOrder, random);
        assertThat(events).hasSize(UNIQUE);
        List<Delivery> deliveries = new ArrayList<>(events);
        for (int i = 0; i < DUPLICATES; i++) {
            deliveries.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(deliveries, random);

        Map<WebhookOutcome.Status, Integer> expected = handleAll(inOrder, events);
        Map<WebhookOutcome.Status, Integer> actual = handleAll(shuffled, deliveries);

        String seed = "seed " + SEED;
        assertThat(deliveries).as(seed).hasSize(10_000);
        assertThat(actual.get(WebhookOutcome.Status.DUPLICATE)).as(seed).isEqualTo(DUPLICATES);
        assertThat(actual.get(WebhookOutcome.Status.APPLIED)).as(seed).isEqualTo(expected.get(WebhookOutcome.Status.APPLIED));
        assertThat(actual.get(WebhookOutcome.Status.IGNORED)).as(seed).isEqualTo(expected.get(WebhookOutcome.Status.IGNORED));
        assertThat(shuffled.processed.size()).isEqualTo(UNIQUE);
        assertThat(shuffled.snapshot()).as(seed).isEqualTo(inOrder.snapshot());

        WebhookWorld.Snapshot end = shuffled.snapshot();
        assertThat(end.orders().values()).anyMatch(s -> s.startsWith(OrderStatus.PAID.name()))
                .anyMatch(s -> s.startsWith(OrderStatus.CANCELLED.name()));
        assertThat(end.transactions()).anyMatch(t -> t.startsWith("dispute-loss:"))
                .anyMatch(t -> t.startsWith("dispute-release:")).anyMatch(t -> t.startsWith("payout-reversed:"));
        assertThat(shuffled.allPayouts()).extracting(Payout::state).contains(PayoutState.FAILED, PayoutState.PAID);
        assertThat(end.paymentRecords()).isNotEmpty();
        System.out.println("Webhooks: " + deliveries.size() + " deliveries (" + UNIQUE + " events, " + DUPLICATES
                + " duplicates) in random order: " + actual + "; in order: " + expected);
    }

    private static Map<WebhookOutcome.Status, Integer> handleAll(WebhookWorld world, List<Delivery> deliveries) {
        Map<WebhookOutcome.Status, Integer> counts = new EnumMap<>(WebhookOutcome.Status.class);
        for (WebhookOutcome.Status status : WebhookOutcome.Status.values()) {
            counts.put(status, 0);
        }
        for (Delivery delivery : deliveries) {
            counts.merge(world.webhooks.handle(delivery.payload(), delivery.header()).status(), 1, Integer::sum);
        }
        return counts;
    }

    /** The story of every order and payout as Stripe would tell it, in the order it happened. */
    private static List<Delivery> events(WebhookWorld world, Random random) {
        List<String> payloads = new ArrayList<>();
        Instant t = WebhookWorld.OPENED.plus(Duration.ofDays(1));
        for (Payout payout : world.allPayouts()) {
            String transfer = payout.railReference().orElseThrow();
            t = t.plusSeconds(60);
            payloads.add(event(payloads, "transfer.created", t,
                    StripeEvents.transfer(transfer, payout.id().value(), payout.amount().minor(), false), random));
            if (random.nextDouble() < 0.3) {
                t = t.plusSeconds(60);
                payloads.add(event(payloads, "transfer.reversed", t,
                        StripeEvents.transfer(transfer, payout.id().value(), payout.amount().minor(), true), random));
            }
        }
        for (WebhookWorld.Placed placed : world.placed) {
            String order = placed.order().id().value();
            String pi = placed.paymentIntent();
            long total = placed.order().total().minor();
            t = t.plusSeconds(60);
            payloads.add(event(payloads, "payment_intent.created", t, StripeEvents.paymentIntent(pi, order, total,
                    "requires_payment_method"), random));
            double fate = random.nextDouble();
            if (fate >= 0.85) {
                t = t.plusSeconds(5);
                payloads.add(event(payloads, "payment_intent.payment_failed", t,
                        StripeEvents.paymentIntent(pi, order, total, "requires_payment_method"), random));
                continue;
            }
            t = t.plusSeconds(5);
            payloads.add(event(payloads, "payment_intent.succeeded", t,
                    StripeEvents.paymentIntent(pi, order, total, "succeeded"), random));
            if (fate < 0.25) {
                long refunded = 0;
                for (int r = 1 + random.nextInt(3); r > 0 && refunded < total; r--) {
                    refunded += 1 + random.nextInt((int) Math.min(total - refunded, Integer.MAX_VALUE));
                    t = t.plusSeconds(60);
                    payloads.add(event(payloads, "charge.refunded", t,
                            StripeEvents.charge("ch_" + pi, pi, order, total, refunded), random));
                }
            }
            if (fate < 0.12) {
                Instant opened = t.plusSeconds(3_600);
                long disputed = 1 + random.nextInt((int) total);
                payloads.add(event(payloads, "charge.dispute.created", opened,
                        StripeEvents.dispute("du_" + pi, pi, disputed, "needs_response", opened), random));
                if (random.nextDouble() < 0.7) {
                    String status = random.nextBoolean() ? "won" : "lost";
                    payloads.add(event(payloads, "charge.dispute.closed", opened.plus(Duration.ofDays(30)),
                            StripeEvents.dispute("du_" + pi, pi, disputed, status, opened), random));
                }
            }
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (String payload : payloads.subList(0, UNIQUE)) {
            // A tenth still signed with the secret being rotated out.
            String secret = random.nextDouble() < 0.1 ? WebhookWorld.PREVIOUS_SECRET : WebhookWorld.SECRET;
            deliveries.add(new Delivery(payload, StripeEvents.sign(payload, secret, WebhookWorld.NOW)));
        }
        return deliveries;
    }

    private static String event(List<String> sofar, String type, Instant at, JsonObject object, Random random) {
        // A fifth written for an older API version: stripe-java then reads them with deserializeUnsafe().
        String version = random.nextDouble() < 0.2 ? StripeEvents.OLD_API_VERSION : com.stripe.Stripe.API_VERSION;
        return StripeEvents.event("evt_" + (sofar.size() + 1), type, at, object, version);
    }
}
