package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random scenarios, valid files full of valid and invalid events, settled by the real command
 * and by {@link ReferenceSettlement}: the reports must be equal field by field, and each must keep
 * the conservation law of SETTLEMENT.md §7.
 */
class RandomScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEEDS = 120;
    private static final int SCENARIOS_PER_SEED = 25;

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.range(0, SEEDS).map(i -> 0x7A4A0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void settle_matches_the_rules_written_out_independently(long seed) throws IOException {
        Random random = new Random(seed);
        for (int n = 0; n < SCENARIOS_PER_SEED; n++) {
            ObjectNode scenario = randomScenario(random);
            Path file = Files.writeString(dir.resolve("s-" + seed + "-" + n + ".json"), JSON.writeValueAsString(scenario));
            CliRunner result = CliRunner.inMemory("settle", file.toString());
            String context = "seed " + seed + ", scenario " + n + ": " + JSON.writeValueAsString(scenario);
            assertThat(result.status()).as(context + "\n" + result.err()).isZero();
            JsonNode actual = JSON.readTree(result.out());
            List<String> differences = new ArrayList<>();
            WorkedExamplesTest.diff(actual, ReferenceSettlement.settle(scenario), "$", differences);
            assertThat(differences).as(context).isEmpty();
            assertConserved(actual, context);
        }
    }

    /**
     * The scenarios compared above go through every rule of payment, cancellation and expiry: read off
     * the independent settlement of the same seeded scenarios.
     */
    @Test
    void the_random_scenarios_go_through_every_rule_of_payment_cancel_and_expiry() {
        Set<String> seen = new TreeSet<>();
        seeds().forEach(seed -> {
            Random random = new Random(seed);
            for (int n = 0; n < SCENARIOS_PER_SEED; n++) {
                ReferenceSettlement.settle(randomScenario(random), seen);
            }
        });
        System.out.println("RandomScenariosTest: " + SEEDS * SCENARIOS_PER_SEED + " scenarios went through " + seen);
        assertThat(seen).contains("placed unpaid", "paid later", "cancelled", "expired", "expired at its very time-out",
                "expired before a rejected event", "in order though earlier than a rejected event",
                "payment UNKNOWN_ORDER", "payment ORDER_CANCELLED", "payment ALREADY_PAID", "payment OUT_OF_ORDER",
                "cancel UNKNOWN_ORDER", "cancel ORDER_CANCELLED", "cancel ALREADY_PAID", "cancel OUT_OF_ORDER",
                "refund ORDER_NOT_PAID", "checkout INSUFFICIENT_STOCK");
    }

    private static void assertConserved(JsonNode report, String context) {
        long cooperatives = 0;
        for (JsonNode coop : report.get("cooperatives")) {
            cooperatives += coop.get("earned").asLong();
            assertThat(coop.get("balance").asLong()).as(context)
                    .isEqualTo(coop.get("earned").asLong() - coop.get("paidOut").asLong());
        }
        long inflow = report.at("/customers/charged").asLong() - report.at("/customers/refunded").asLong();
        assertThat(inflow).as("conservation, " + context)
                .isEqualTo(cooperatives + report.at("/platform/earned").asLong() + report.at("/processor/fees").asLong());
        report.get("stock").forEach(units -> assertThat(units.asLong()).as(context).isNotNegative());
    }

    static ObjectNode randomScenario(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode s = f.objectNode();
        String currency = r.nextInt(5) == 0 ? "JPY" : "MAD";
        s.put("currency", currency);
        ObjectNode config = s.putObject("config");
        if (r.nextBoolean()) {
            config.put("defaultCommissionBps", r.nextInt(3001));
        }
        if (r.nextBoolean()) {
            config.put("feeBps", r.nextInt(500));
        }
        if (r.nextBoolean()) {
            config.put("feeFixed", r.nextInt(500));
        }
        if (r.nextBoolean()) {
            config.put("feeBearer", r.nextBoolean() ? "PLATFORM" : "COOPERATIVES");
        }
        if (r.nextBoolean()) {
            config.put("shippingRecipient", r.nextBoolean() ? "PLATFORM" : "COOPERATIVE");
        }
        if (r.nextInt(4) > 0) {
            config.put("holdDays", r.nextInt(4));
        }
        int coops = 1 + r.nextInt(4);
        ArrayNode coopArray = s.putArray("cooperatives");
        for (int c = 0; c < coops; c++) {
            ObjectNode coop = coopArray.addObject().put("id", "coop-" + (char) ('d' - c));
            if (r.nextBoolean()) {
                coop.put("commissionBps", r.nextInt(4) == 0 ? 0 : r.nextInt(2001));
            }
            if (r.nextInt(3) == 0) {
                coop.put("payoutMinimum", r.nextInt(20000));
            }
        }
        int products = 1 + r.nextInt(6);
        ArrayNode productArray = s.putArray("products");
        for (int p = 0; p < products; p++) {
            ObjectNode product = productArray.addObject().put("sku", "SKU-" + p).put("cooperative", "coop-" + (char) ('d' - r.nextInt(coops)))
                    .put("price", r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(20000)).put("stock", r.nextInt(12));
            if (r.nextInt(10) == 0) {
                product.put("currency", "EUR");
            }
        }
        long timeoutMinutes = switch (r.nextInt(4)) {
            case 0 -> 60; // the default, left out
            case 1 -> 0; // never expires
            case 2 -> 1 + r.nextInt(180);
            default -> new long[] {30, 60, 90, 1440}[r.nextInt(4)];
        };
        if (timeoutMinutes != 60 || r.nextBoolean()) {
            config.put("paymentTimeoutMinutes", timeoutMinutes);
        }
        ArrayNode events = s.putArray("events");
        Instant at = Instant.parse("2026-05-01T08:00:00Z");
        List<String> orderIds = new ArrayList<>();
        List<String> unpaid = new ArrayList<>();
        Map<String, Instant> placedAt = new HashMap<>();
        int count = 4 + r.nextInt(20);
        for (int e = 0; e < count; e++) {
            int step = r.nextInt(20);
            if (step < 2 && !unpaid.isEmpty() && timeoutMinutes > 0) {
                // Right on, or a minute either side of, an unpaid checkout's time-out (perhaps out of order).
                Instant due = placedAt.get(unpaid.get(r.nextInt(unpaid.size()))).plusSeconds(60 * timeoutMinutes);
                at = due.plusSeconds(60L * (r.nextInt(3) - 1));
            } else if (step < 4) {
                at = at.minusSeconds(60L * (1 + r.nextInt(120))); // earlier: out of order, or in order after a rejection
            } else if (step < 12) {
                at = at.plusSeconds(60L * r.nextInt(91));
            } else {
                at = at.plusSeconds(r.nextInt(30) * 3600L);
            }
            ObjectNode event = events.addObject();
            int kind = r.nextInt(20);
            if (kind < 8) {
                String id = r.nextInt(8) == 0 && !orderIds.isEmpty() ? orderIds.get(r.nextInt(orderIds.size())) : "o-" + e;
                orderIds.add(id);
                event.put("type", "checkout").put("at", at.toString()).put("order", id);
                int paid = r.nextInt(6);
                if (paid < 2) {
                    event.put("paid", false);
                    unpaid.add(id);
                    placedAt.putIfAbsent(id, at);
                } else if (paid == 2) {
                    event.put("paid", true);
                }
                ArrayNode lines = event.putArray("lines");
                int n = r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(4);
                for (int l = 0; l < n; l++) {
                    String sku = r.nextInt(15) == 0 ? "NOPE" : "SKU-" + r.nextInt(products);
                    long qty = r.nextInt(15) == 0 ? r.nextInt(3) - 1 : 1 + r.nextInt(3);
                    lines.addObject().put("sku", sku).put("qty", qty);
                }
                if (r.nextBoolean()) {
                    event.put("discount", r.nextInt(10) == 0 ? -1 : r.nextInt(3000));
                }
                if (r.nextBoolean()) {
                    ObjectNode shipping = event.putObject("shipping");
                    for (int c = 0; c < coops; c++) {
                        if (r.nextBoolean()) {
                            shipping.put("coop-" + (char) ('d' - c), r.nextInt(12) == 0 ? -5 : r.nextInt(4000));
                        }
                    }
                }
            } else if (kind < 11 || kind == 11 && !unpaid.isEmpty()) {
                // Mostly orders placed unpaid; also paid ones, cancelled ones, the same one again, unknown ones.
                event.put("type", "payment").put("at", at.toString()).put("order", target(r, orderIds, unpaid));
            } else if (kind < 13) {
                event.put("type", "cancel").put("at", at.toString()).put("order", target(r, orderIds, unpaid));
            } else if (kind < 17) {
                String id = orderIds.isEmpty() || r.nextInt(10) == 0 ? "o-none" : orderIds.get(r.nextInt(orderIds.size()));
                event.put("type", "refund").put("at", at.toString()).put("order", id);
                ArrayNode lines = event.putArray("lines");
                int n = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
                for (int l = 0; l < n; l++) {
                    lines.addObject().put("line", r.nextInt(5)).put("qty", r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(2));
                }
                if (r.nextBoolean()) {
                    event.put("restock", r.nextBoolean());
                }
            } else {
                event.put("type", "payoutRun").put("at", at.toString());
            }
        }
        return s;
    }

    /** The order a payment or cancel names: one placed unpaid, any order, or none known. */
    private static String target(Random r, List<String> orderIds, List<String> unpaid) {
        int pick = r.nextInt(10);
        if (pick < 6 && !unpaid.isEmpty()) {
            return unpaid.get(r.nextInt(unpaid.size()));
        }
        if (pick < 9 && !orderIds.isEmpty()) {
            return orderIds.get(r.nextInt(orderIds.size()));
        }
        return "o-none";
    }
}
