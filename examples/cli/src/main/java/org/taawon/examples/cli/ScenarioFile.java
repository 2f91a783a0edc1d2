package org.taawon.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.CurrencyCodes;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.split.CommissionRule;
import org.taawon.core.split.FeeBearer;
import org.taawon.core.split.FeeSchedule;
import org.taawon.core.split.ShippingRecipient;
import org.taawon.core.split.SplitPolicy;

/**
 * Reads and validates a scenario file (SETTLEMENT.md §8). Anything that is not a valid scenario is
 * refused with an {@link InvalidScenarioException} naming the first problem and where it is.
 * Event-level problems (an unknown sku, a zero quantity) are not file errors: the library rejects
 * those events and the report lists them.
 */
final class ScenarioFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final Set<String> CONFIG_KEYS = Set.of("defaultCommissionBps", "feeBps", "feeFixed", "feeBearer",
            "shippingRecipient", "holdDays", "paymentTimeoutMinutes");
    /** The longest payment time-out a file may set: a hundred years, in minutes. */
    private static final long MAX_PAYMENT_TIMEOUT_MINUTES = 36_500L * 24 * 60;

    private ScenarioFile() {
    }

    static Scenario read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw invalid("not valid JSON" + where(e) + ": " + firstClause(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw invalid("a scenario is a JSON object");
        }
        try {
            return parse(root);
        } catch (InvalidScenarioException e) {
            throw e;
        } catch (TaawonException e) {
            throw invalid(e.getMessage());
        }
    }

    private static Scenario parse(JsonNode root) {
        Currency currency = currency(JsonFields.requiredText(root, "currency", "$"), "$.currency");
        SplitPolicy policy = policy(root.get("config"), currency);
        Duration paymentTimeout = paymentTimeout(root.get("config"));
        List<Cooperative> cooperatives = cooperatives(JsonFields.requiredArray(root, "cooperatives", "$"), currency);
        List<Product> products = products(JsonFields.requiredArray(root, "products", "$"), currency, cooperatives);
        List<Scenario.Event> events = events(JsonFields.requiredArray(root, "events", "$"));
        return new Scenario(currency, policy, paymentTimeout, cooperatives, products, events);
    }

    /** {@code paymentTimeoutMinutes}: 0 never expires; the config's shape is checked by {@link #policy}. */
    private static Duration paymentTimeout(JsonNode config) {
        if (config == null) {
            return ExpireUnpaidOrders.DEFAULT_TIMEOUT;
        }
        long minutes = JsonFields.optionalLong(config, "paymentTimeoutMinutes", "$.config",
                ExpireUnpaidOrders.DEFAULT_TIMEOUT.toMinutes());
        if (minutes < 0 || minutes > MAX_PAYMENT_TIMEOUT_MINUTES) {
            throw invalid("$.config.paymentTimeoutMinutes must be 0.." + MAX_PAYMENT_TIMEOUT_MINUTES + ", not " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    private static SplitPolicy policy(JsonNode config, Currency currency) {
        if (config == null) {
            return SplitPolicy.defaults(currency);
        }
        if (!config.isObject()) {
            throw invalid("$.config must be an object");
        }
        for (Iterator<String> names = config.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CONFIG_KEYS.contains(name)) {
                throw invalid("$.config." + name + " is not a configuration key (known: " + String.join(", ", sorted(CONFIG_KEYS)) + ")");
            }
        }
        BasisPoints commission = JsonFields.rate(config, "defaultCommissionBps", "$.config", SplitPolicy.DEFAULT_COMMISSION);
        BasisPoints feeRate = JsonFields.rate(config, "feeBps", "$.config", SplitPolicy.DEFAULT_FEE_RATE);
        long feeFixed = JsonFields.optionalLong(config, "feeFixed", "$.config", SplitPolicy.DEFAULT_FEE_FIXED_MINOR);
        if (feeFixed < 0 || feeFixed > FeeSchedule.MAX_FIXED_MINOR) {
            throw invalid("$.config.feeFixed must be 0.." + FeeSchedule.MAX_FIXED_MINOR + ", not " + feeFixed);
        }
        FeeBearer bearer = JsonFields.enumValue(config, "feeBearer", "$.config", FeeBearer.class, FeeBearer.PLATFORM);
        ShippingRecipient recipient = JsonFields.enumValue(config, "shippingRecipient", "$.config", ShippingRecipient.class,
                ShippingRecipient.COOPERATIVE);
        long holdDays = JsonFields.optionalLong(config, "holdDays", "$.config", SplitPolicy.DEFAULT_HOLD_DAYS);
        if (holdDays < 0 || holdDays > 36_500) {
            throw invalid("$.config.holdDays must be 0..36500, not " + holdDays);
        }
        return new SplitPolicy(CommissionRule.cooperativeRateOr(commission),
                new FeeSchedule(feeRate, Money.of(feeFixed, currency)), bearer, recipient, SplitPolicy.holdDays(holdDays));
    }

    private static List<Cooperative> cooperatives(JsonNode array, Currency currency) {
        List<Cooperative> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "$.cooperatives[" + i + "]";
            JsonNode node = JsonFields.object(array.get(i), where);
            String id = JsonFields.requiredText(node, "id", where);
            if (!ids.add(id)) {
                throw invalid(where + ".id: duplicate cooperative id '" + id + "'");
            }
            long minimum = JsonFields.optionalLong(node, "payoutMinimum", where, 0);
            if (minimum < 0) {
                throw invalid(where + ".payoutMinimum must not be negative");
            }
            Optional<BasisPoints> rate = node.has("commissionBps")
                    ? Optional.of(JsonFields.rate(node, "commissionBps", where, null)) : Optional.empty();
            result.add(new Cooperative(CooperativeId.of(id), JsonFields.optionalText(node, "name", where),
                    JsonFields.enumValue(node, "kind", where, CooperativeKind.class, CooperativeKind.OTHER),
                    JsonFields.optionalText(node, "region", where), rate, Money.of(minimum, currency), destination(node, where)));
        }
        return result;
    }

    private static PayoutDestination destination(JsonNode node, String where) {
        String stripe = JsonFields.optionalText(node, "stripeAccount", where);
        if (!stripe.isEmpty()) {
            return new PayoutDestination.StripeAccount(stripe);
        }
        String iban = JsonFields.optionalText(node, "iban", where);
        if (!iban.isEmpty()) {
            return new PayoutDestination.BankAccount(iban, JsonFields.optionalText(node, "name", where));
        }
        return PayoutDestination.none();
    }

    private static List<Product> products(JsonNode array, Currency currency, List<Cooperative> cooperatives) {
        Set<String> coopIds = new HashSet<>();
        cooperatives.forEach(c -> coopIds.add(c.id().value()));
        List<Product> result = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "$.products[" + i + "]";
            JsonNode node = JsonFields.object(array.get(i), where);
            String sku = JsonFields.requiredText(node, "sku", where);
            if (!skus.add(sku)) {
                throw invalid(where + ".sku: duplicate sku '" + sku + "'");
            }
            String coop = JsonFields.requiredText(node, "cooperative", where);
            if (!coopIds.contains(coop)) {
                throw invalid(where + ".cooperative: no cooperative '" + coop + "'");
            }
            long price = JsonFields.requiredLong(node, "price", where);
            if (price < 0) {
                throw invalid(where + ".price must not be negative");
            }
            long stock = JsonFields.requiredLong(node, "stock", where);
            if (stock < 0) {
                throw invalid(where + ".stock must not be negative");
            }
            Currency productCurrency = node.has("currency")
                    ? currency(JsonFields.requiredText(node, "currency", where), where + ".currency") : currency;
            result.add(new Product(Sku.of(sku), CooperativeId.of(coop), JsonFields.optionalText(node, "name", where),
                    JsonFields.optionalText(node, "category", where), Money.of(price, productCurrency), stock));
        }
        return result;
    }

    private static List<Scenario.Event> events(JsonNode array) {
        List<Scenario.Event> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "$.events[" + i + "]";
            JsonNode node = JsonFields.object(array.get(i), where);
            String type = JsonFields.requiredText(node, "type", where);
            Instant at = instant(JsonFields.requiredText(node, "at", where), where + ".at");
            result.add(switch (type) {
                case "checkout" -> checkout(node, where, at);
                case "refund" -> refund(node, where, at);
                case "payment" -> new Scenario.Payment(at, order(node, where));
                case "cancel" -> new Scenario.Cancel(at, order(node, where));
                case "payoutRun" -> new Scenario.PayoutRun(at);
                default -> throw invalid(where + ".type: unknown event type '" + type
                        + "' (checkout, payment, cancel, refund, payoutRun)");
            });
        }
        return result;
    }

    private static String order(JsonNode node, String where) {
        return Ids.requireValid(JsonFields.requiredText(node, "order", where), where + ".order");
    }

    private static Scenario.Checkout checkout(JsonNode node, String where, Instant at) {
        String order = order(node, where);
        JsonNode lines = JsonFields.requiredArray(node, "lines", where);
        List<Scenario.Checkout.Line> parsed = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            String lineWhere = where + ".lines[" + j + "]";
            JsonNode line = JsonFields.object(lines.get(j), lineWhere);
            String sku = Ids.requireValid(JsonFields.requiredText(line, "sku", lineWhere), lineWhere + ".sku");
            parsed.add(new Scenario.Checkout.Line(sku, JsonFields.clamped(line, "qty", lineWhere, true, 0)));
        }
        Map<String, Long> shipping = new LinkedHashMap<>();
        JsonNode ship = node.get("shipping");
        if (ship != null) {
            JsonFields.object(ship, where + ".shipping");
            for (Iterator<Map.Entry<String, JsonNode>> it = ship.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Ids.requireValid(e.getKey(), where + ".shipping key");
                shipping.put(e.getKey(), JsonFields.clamped(ship, e.getKey(), where + ".shipping", true, 0));
            }
        }
        return new Scenario.Checkout(at, order, parsed, JsonFields.clamped(node, "discount", where, false, 0), shipping,
                bool(node, "paid", where, true));
    }

    private static Scenario.Refund refund(JsonNode node, String where, Instant at) {
        String order = order(node, where);
        JsonNode lines = JsonFields.requiredArray(node, "lines", where);
        List<Scenario.Refund.Line> parsed = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            String lineWhere = where + ".lines[" + j + "]";
            JsonNode line = JsonFields.object(lines.get(j), lineWhere);
            parsed.add(new Scenario.Refund.Line(JsonFields.clamped(line, "line", lineWhere, true, 0), JsonFields.clamped(line, "qty", lineWhere, true, 0)));
        }
        return new Scenario.Refund(at, order, parsed, bool(node, "restock", where, false));
    }

    /** An optional JSON boolean ({@code "true"} or {@code 1} are not). */
    private static boolean bool(JsonNode node, String field, String where, boolean absent) {
        JsonNode value = node.get(field);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw invalid(where + "." + field + " must be true or false");
        }
        return value.booleanValue();
    }

    private static Currency currency(String code, String where) {
        try {
            return CurrencyCodes.parse(code);
        } catch (CurrencyCodes.UnknownCurrencyException e) {
            throw invalid(where + ": '" + code + "' is not an ISO 4217 currency code");
        }
    }

    private static Instant instant(String text, String where) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            // ISO-8601 also allows the seconds to be left out (2026-03-01T10:00Z).
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw invalid(where + ": '" + text + "' is not an ISO-8601 instant such as 2026-03-01T10:00:00Z");
        }
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Jackson's messages go on about its internals after the first clause; people need the first. */
    private static String firstClause(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int cut = line.indexOf(" (for ");
        return cut > 0 ? line.substring(0, cut) : line;
    }

    private static List<String> sorted(Set<String> set) {
        List<String> list = new ArrayList<>(set);
        list.sort(null);
        return list;
    }

    private static InvalidScenarioException invalid(String message) {
        return new InvalidScenarioException(message);
    }
}
