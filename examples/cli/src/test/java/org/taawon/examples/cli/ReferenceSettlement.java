package org.taawon.examples.cli;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SETTLEMENT.md written out a second time, as directly as the text reads, on plain longs and maps
 * and without any of the library's types. Random scenarios are settled by both this and the real
 * command; the reports must be equal.
 *
 * <p>An order is priced at checkout (section 3) and its figures are kept; they are booked when it is
 * paid (section 3a): at once for a paid checkout, at a {@code payment} event otherwise. Before each
 * event that is not out of order, unpaid orders past their payment time-out are cancelled.
 */
final class ReferenceSettlement {

    private enum State { AWAITING_PAYMENT, PAID, CANCELLED }

    private record Line(String sku, String coop, long qty, long net) {
    }

    /** An accepted checkout: its figures of section 3, fixed at checkout, and its state. */
    private static final class Order {
        final Instant placedAt;
        State state;
        final List<Line> lines = new ArrayList<>();
        final long[] refundedUnits;
        final Map<String, Long> subtotal = new LinkedHashMap<>();
        final Map<String, Long> commission = new HashMap<>();
        final Map<String, Long> refundedNet = new HashMap<>();
        final Map<String, Long> sales = new HashMap<>();
        final Map<String, Long> discounts = new HashMap<>();
        final Map<String, Long> coopShipping = new HashMap<>();
        final Map<String, Long> feeShare = new HashMap<>();
        final Map<String, Long> earn = new HashMap<>();
        long charged, fee, platformFee, platformShipping;

        Order(int n, Instant placedAt) {
            refundedUnits = new long[n];
            this.placedAt = placedAt;
        }
    }

    private static final class Coop {
        long sales, discounts, shipping, commission, fees, refunds;
        final List<long[]> entries = new ArrayList<>(); // {amount, effectiveEpochSecond, nanos}
        final List<Object[]> payouts = new ArrayList<>();
        long paid;
    }

    private final Map<String, Coop> coops = new LinkedHashMap<>();
    private final Map<String, Long> stock = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final long holdDays;
    private final Set<String> seen;
    private long platformCommission, platformShipping, platformFees, processor, charged, refunded;

    private ReferenceSettlement(long holdDays, Set<String> seen) {
        this.holdDays = holdDays;
        this.seen = seen;
    }

    static ObjectNode settle(JsonNode scenario) {
        return settle(scenario, new HashSet<>());
    }

    /**
     * Settles the scenario; adds to {@code seen} what it went through (an order expired, one expired
     * just before an event then rejected, a payment refused...), so a test can show what it covered.
     */
    static ObjectNode settle(JsonNode scenario, Set<String> seen) {
        JsonNode config = scenario.path("config");
        return new ReferenceSettlement(config.path("holdDays").asLong(7), seen).run(scenario);
    }

    private ObjectNode run(JsonNode scenario) {
        String currency = scenario.get("currency").asText();
        JsonNode config = scenario.path("config");
        long defaultBps = config.path("defaultCommissionBps").asLong(1000);
        long feeBps = config.path("feeBps").asLong(290);
        long feeFixed = config.path("feeFixed").asLong(300);
        boolean coopsBearFee = config.path("feeBearer").asText("PLATFORM").equals("COOPERATIVES");
        boolean coopGetsShipping = config.path("shippingRecipient").asText("COOPERATIVE").equals("COOPERATIVE");
        long timeoutMinutes = config.path("paymentTimeoutMinutes").asLong(60);

        Map<String, Long> rate = new HashMap<>();
        Map<String, Long> minimum = new HashMap<>();
        for (JsonNode c : scenario.get("cooperatives")) {
            String id = c.get("id").asText();
            coops.put(id, new Coop());
            rate.put(id, c.has("commissionBps") ? c.get("commissionBps").asLong() : defaultBps);
            minimum.put(id, c.path("payoutMinimum").asLong(0));
        }
        Map<String, Long> price = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        Map<String, String> productCurrency = new HashMap<>();
        for (JsonNode p : scenario.get("products")) {
            String sku = p.get("sku").asText();
            stock.put(sku, p.get("stock").asLong());
            price.put(sku, p.get("price").asLong());
            owner.put(sku, p.get("cooperative").asText());
            productCurrency.put(sku, p.path("currency").asText(currency));
        }

        ArrayNode rejected = JsonNodeFactory.instance.arrayNode();
        Instant last = null;
        Instant latest = null; // the latest time of an event in order, accepted or not
        JsonNode events = scenario.get("events");
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            Instant at = Instant.parse(e.get("at").asText());
            String type = e.get("type").asText();
            String reason = null;
            int expired = 0;
            if (last != null && at.isBefore(last)) {
                reason = "OUT_OF_ORDER";
            } else {
                if (latest != null && at.isBefore(latest)) {
                    seen.add("in order though earlier than a rejected event");
                }
                latest = latest == null || at.isAfter(latest) ? at : latest;
                // §3a: before each event that is not out of order, whatever its outcome.
                expired = expire(at, timeoutMinutes);
            }
            if (reason != null) {
                // out of order: nothing else is looked at
            } else if (type.equals("checkout")) {
                String id = e.get("order").asText();
                JsonNode lines = e.get("lines");
                if (orders.containsKey(id)) {
                    reason = "DUPLICATE_ORDER";
                } else if (lines.size() == 0) {
                    reason = "EMPTY_ORDER";
                }
                for (int j = 0; reason == null && j < lines.size(); j++) {
                    String sku = lines.get(j).get("sku").asText();
                    long qty = lines.get(j).get("qty").asLong();
                    if (!stock.containsKey(sku)) {
                        reason = "UNKNOWN_PRODUCT";
                    } else if (qty < 1 || qty > 1_000_000) {
                        reason = "INVALID_QUANTITY";
                    }
                }
                Map<String, Long> wanted = new LinkedHashMap<>();
                long g = 0;
                if (reason == null) {
                    for (JsonNode l : lines) {
                        if (!productCurrency.get(l.get("sku").asText()).equals(currency)) {
                            reason = "CURRENCY_MISMATCH";
                        }
                        wanted.merge(l.get("sku").asText(), l.get("qty").asLong(), Long::sum);
                        g += price.get(l.get("sku").asText()) * l.get("qty").asLong();
                    }
                }
                if (reason == null) {
                    for (Map.Entry<String, Long> w : wanted.entrySet()) {
                        if (w.getValue() > stock.get(w.getKey())) {
                            reason = "INSUFFICIENT_STOCK";
                        }
                    }
                }
                long discount = e.path("discount").asLong(0);
                if (reason == null && (discount < 0 || discount > g)) {
                    reason = "INVALID_DISCOUNT";
                }
                Map<String, Long> lineCoops = new LinkedHashMap<>();
                if (reason == null) {
                    lines.forEach(l -> lineCoops.put(owner.get(l.get("sku").asText()), 0L));
                    for (var it = e.path("shipping").fields(); it.hasNext(); ) {
                        var s = it.next();
                        if (s.getValue().asLong() < 0 || !lineCoops.containsKey(s.getKey())) {
                            reason = "INVALID_SHIPPING";
                        }
                    }
                }
                if (reason == null) {
                    wanted.forEach((sku, q) -> stock.put(sku, stock.get(sku) - q));
                    long[] gross = new long[lines.size()];
                    for (int j = 0; j < gross.length; j++) {
                        gross[j] = price.get(lines.get(j).get("sku").asText()) * lines.get(j).get("qty").asLong();
                    }
                    long[] lineDiscount = largestRemainder(discount, gross);
                    Order order = new Order(gross.length, at);
                    for (int j = 0; j < gross.length; j++) {
                        String sku = lines.get(j).get("sku").asText();
                        String coop = owner.get(sku);
                        order.lines.add(new Line(sku, coop, lines.get(j).get("qty").asLong(), gross[j] - lineDiscount[j]));
                        order.subtotal.merge(coop, gross[j] - lineDiscount[j], Long::sum);
                        order.sales.merge(coop, gross[j], Long::sum);
                        order.discounts.merge(coop, lineDiscount[j], Long::sum);
                    }
                    List<String> cs = new ArrayList<>(order.subtotal.keySet());
                    long t = 0;
                    long[] weights = new long[cs.size()];
                    for (int k = 0; k < cs.size(); k++) {
                        String c = cs.get(k);
                        long sub = order.subtotal.get(c);
                        long ship = e.path("shipping").path(c).asLong(0);
                        long comm = rhe(sub * rate.get(c), 10000);
                        order.commission.put(c, comm);
                        t += sub + ship;
                        weights[k] = sub + (coopGetsShipping ? ship : 0);
                        if (coopGetsShipping) {
                            order.coopShipping.put(c, ship);
                        } else {
                            order.coopShipping.put(c, 0L);
                            order.platformShipping += ship;
                        }
                        order.earn.put(c, sub + (coopGetsShipping ? ship : 0) - comm);
                        order.feeShare.put(c, 0L);
                    }
                    long fee = t > 0 ? rhe(t * feeBps, 10000) + feeFixed : 0;
                    long weightSum = 0;
                    for (long w : weights) {
                        weightSum += w;
                    }
                    if (coopsBearFee && weightSum > 0) {
                        long[] shares = largestRemainder(fee, weights);
                        for (int k = 0; k < cs.size(); k++) {
                            order.feeShare.put(cs.get(k), shares[k]);
                            order.earn.merge(cs.get(k), -shares[k], Long::sum);
                        }
                    } else {
                        order.platformFee = fee;
                    }
                    order.fee = fee;
                    order.charged = t;
                    order.state = State.AWAITING_PAYMENT;
                    orders.put(id, order);
                    if (e.path("paid").asBoolean(true)) {
                        pay(order, at);
                    } else {
                        seen.add("placed unpaid");
                    }
                }
            } else if (type.equals("payment")) {
                Order order = orders.get(e.get("order").asText());
                if (order == null) {
                    reason = "UNKNOWN_ORDER";
                } else if (order.state == State.CANCELLED) {
                    reason = "ORDER_CANCELLED";
                } else if (order.state == State.PAID) {
                    reason = "ALREADY_PAID";
                } else {
                    pay(order, at);
                    seen.add("paid later");
                }
            } else if (type.equals("cancel")) {
                Order order = orders.get(e.get("order").asText());
                if (order == null) {
                    reason = "UNKNOWN_ORDER";
                } else if (order.state == State.CANCELLED) {
                    reason = "ORDER_CANCELLED";
                } else if (order.state == State.PAID) {
                    reason = "ALREADY_PAID";
                } else {
                    cancel(order);
                    seen.add("cancelled");
                }
            } else if (type.equals("refund")) {
                Order order = orders.get(e.get("order").asText());
                JsonNode lines = e.get("lines");
                if (order == null) {
                    reason = "UNKNOWN_ORDER";
                } else if (order.state != State.PAID) {
                    reason = "ORDER_NOT_PAID";
                } else if (lines.size() == 0) {
                    reason = "EMPTY_REFUND";
                }
                for (int j = 0; reason == null && j < lines.size(); j++) {
                    long line = lines.get(j).get("line").asLong();
                    if (line < 0 || line >= order.lines.size()) {
                        reason = "UNKNOWN_LINE";
                    } else if (lines.get(j).get("qty").asLong() < 1) {
                        reason = "INVALID_QUANTITY";
                    }
                }
                if (reason == null) {
                    long[] units = new long[order.lines.size()];
                    for (JsonNode l : lines) {
                        units[l.get("line").asInt()] += l.get("qty").asLong();
                    }
                    for (int j = 0; j < units.length; j++) {
                        if (order.refundedUnits[j] + units[j] > order.lines.get(j).qty()) {
                            reason = "REFUND_EXCEEDS_PURCHASE";
                        }
                    }
                    if (reason == null) {
                        Map<String, Long> perCoop = new LinkedHashMap<>();
                        for (int j = 0; j < units.length; j++) {
                            if (units[j] == 0) {
                                continue;
                            }
                            Line line = order.lines.get(j);
                            long r = order.refundedUnits[j];
                            long amount = rhe(line.net() * (r + units[j]), line.qty()) - rhe(line.net() * r, line.qty());
                            order.refundedUnits[j] += units[j];
                            perCoop.merge(line.coop(), amount, Long::sum);
                            if (e.path("restock").asBoolean(false)) {
                                stock.merge(line.sku(), units[j], Long::sum);
                            }
                        }
                        for (Map.Entry<String, Long> pc : perCoop.entrySet()) {
                            String c = pc.getKey();
                            long before = order.refundedNet.getOrDefault(c, 0L);
                            long after = before + pc.getValue();
                            order.refundedNet.put(c, after);
                            long sub = order.subtotal.get(c);
                            long comm = order.commission.get(c);
                            long reversed = sub == 0 ? 0 : rhe(comm * after, sub) - rhe(comm * before, sub);
                            Coop coop = coops.get(c);
                            coop.refunds += pc.getValue();
                            coop.commission -= reversed;
                            platformCommission -= reversed;
                            refunded += pc.getValue();
                            coop.entries.add(new long[] {-pc.getValue() + reversed, at.getEpochSecond(), at.getNano()});
                        }
                    }
                }
            } else {
                List<String> ids = new ArrayList<>(coops.keySet());
                ids.sort(null);
                for (String c : ids) {
                    Coop coop = coops.get(c);
                    long available = -coop.paid;
                    for (long[] entry : coop.entries) {
                        if (!Instant.ofEpochSecond(entry[1], entry[2]).isAfter(at)) {
                            available += entry[0];
                        }
                    }
                    if (available >= Math.max(1, minimum.get(c))) {
                        coop.paid += available;
                        coop.payouts.add(new Object[] {at, available});
                    }
                }
            }
            if (reason != null) {
                rejected.addObject().put("event", i).put("reason", reason);
                seen.add(type + " " + reason);
                if (expired > 0) {
                    seen.add("expired before a rejected event");
                }
            } else {
                last = at;
            }
        }
        return report(currency, rejected);
    }

    /** §3a expiry: every unpaid order whose checkout time + the time-out is at or before {@code at} is cancelled. */
    private int expire(Instant at, long timeoutMinutes) {
        if (timeoutMinutes == 0) {
            return 0;
        }
        int expired = 0;
        for (Order order : orders.values()) {
            if (order.state == State.AWAITING_PAYMENT && !order.placedAt.plus(Duration.ofMinutes(timeoutMinutes)).isAfter(at)) {
                cancel(order);
                expired++;
                seen.add("expired");
                if (order.placedAt.plus(Duration.ofMinutes(timeoutMinutes)).equals(at)) {
                    seen.add("expired at its very time-out");
                }
            }
        }
        return expired;
    }

    /** A cancelled order's stock comes back; it never earned anything. */
    private void cancel(Order order) {
        order.state = State.CANCELLED;
        for (Line line : order.lines) {
            stock.merge(line.sku(), line.qty(), Long::sum);
        }
    }

    /** Books the figures fixed at checkout, as a checkout paid at {@code at} (§3a, §5). */
    private void pay(Order order, Instant at) {
        order.state = State.PAID;
        Instant counts = at.plus(Duration.ofDays(holdDays));
        for (String c : order.subtotal.keySet()) {
            Coop coop = coops.get(c);
            coop.sales += order.sales.get(c);
            coop.discounts += order.discounts.get(c);
            coop.shipping += order.coopShipping.get(c);
            coop.commission += order.commission.get(c);
            coop.fees += order.feeShare.get(c);
            platformCommission += order.commission.get(c);
            coop.entries.add(new long[] {order.earn.get(c), counts.getEpochSecond(), counts.getNano()});
        }
        platformShipping += order.platformShipping;
        platformFees += order.platformFee;
        processor += order.fee;
        charged += order.charged;
    }

    private ObjectNode report(String currency, ArrayNode rejected) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.put("currency", currency);
        ObjectNode cooperatives = report.putObject("cooperatives");
        coops.forEach((id, c) -> {
            ObjectNode n = cooperatives.putObject(id);
            long earned = c.sales - c.discounts + c.shipping - c.commission - c.fees - c.refunds;
            n.put("sales", c.sales).put("discounts", c.discounts).put("shipping", c.shipping)
                    .put("commission", c.commission).put("fees", c.fees).put("refunds", c.refunds)
                    .put("earned", earned).put("paidOut", c.paid).put("balance", earned - c.paid);
            ArrayNode payouts = n.putArray("payouts");
            c.payouts.forEach(p -> payouts.addObject().put("at", p[0].toString()).put("amount", (Long) p[1]));
        });
        report.putObject("platform").put("commission", platformCommission).put("shipping", platformShipping)
                .put("fees", platformFees).put("earned", platformCommission + platformShipping - platformFees);
        report.putObject("processor").put("fees", processor);
        report.putObject("customers").put("charged", charged).put("refunded", refunded);
        ObjectNode stockNode = report.putObject("stock");
        stock.forEach(stockNode::put);
        ObjectNode counts = report.putObject("orders");
        counts.put("paid", orders.values().stream().filter(o -> o.state == State.PAID).count());
        counts.put("awaitingPayment", orders.values().stream().filter(o -> o.state == State.AWAITING_PAYMENT).count());
        counts.put("cancelled", orders.values().stream().filter(o -> o.state == State.CANCELLED).count());
        report.set("rejected", rejected);
        return report;
    }

    /** rhe(a / b) for a >= 0, b > 0, as §1 defines it, through BigInteger to stay independent. */
    static long rhe(long a, long b) {
        BigInteger[] qr = BigInteger.valueOf(a).divideAndRemainder(BigInteger.valueOf(b));
        int cmp = qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(b));
        long q = qr[0].longValueExact();
        return cmp > 0 || (cmp == 0 && (q & 1) == 1) ? q + 1 : q;
    }

    /** §1 largest remainder, literally: floors, then one unit each to the largest remainders, earlier first. */
    static long[] largestRemainder(long amount, long[] weights) {
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        long[] parts = new long[weights.length];
        if (total == 0) {
            return parts;
        }
        long[] rem = new long[weights.length];
        long left = amount;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(BigInteger.valueOf(total));
            parts[i] = qr[0].longValueExact();
            rem[i] = qr[1].longValueExact();
            left -= parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> rem[x] != rem[y] ? Long.compare(rem[y], rem[x]) : Integer.compare(x, y));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
