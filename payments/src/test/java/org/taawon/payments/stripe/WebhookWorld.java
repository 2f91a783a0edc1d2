package org.taawon.payments.stripe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.Money;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.InMemoryPaymentRecords;
import org.taawon.core.order.InMemoryProcessedEvents;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.payout.InMemoryPayouts;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutDispatch;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.payout.UnitOfWork;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;

/**
 * A whole platform in memory (catalogue, orders, ledger, payouts) wired to the Stripe stand-in and to
 * {@link StripeWebhooks} with every handler. Two worlds built with the same arguments are identical,
 * down to their Stripe ids: the stand-in replays the second world's requests from their keys.
 */
final class WebhookWorld {

    static final Currency MAD = Currency.getInstance("MAD");
    static final String SECRET = "whsec_taawon_current";
    static final String PREVIOUS_SECRET = "whsec_taawon_previous";
    static final Instant OPENED = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    final InMemoryProducts products = new InMemoryProducts();
    final InMemoryOrders orders = new InMemoryOrders();
    final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    final InMemoryPayouts payouts = new InMemoryPayouts();
    final InMemoryPaymentRecords records = new InMemoryPaymentRecords();
    final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    final List<Placed> placed = new ArrayList<>();
    final StripeWebhooks webhooks;
    final StripePaymentGateway gateway;
    final SettlementJournal journal;
    final RunPayouts runPayouts;
    private final PlaceOrder place;
    private final PayOrder pay;

    /** An order with the PaymentIntent that pays it. */
    record Placed(Order order, String paymentIntent) {
    }

    WebhookWorld(StripeStandIn standIn, int cooperativeCount, int orderCount) {
        FakeTime time = new FakeTime();
        StripeConnection connection = StripeConnection.of("sk_test_standin").withApiBase(standIn.apiBase())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        RateLimiter limiter = new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, time::nanoTime, time);
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 5);
        gateway = new StripePaymentGateway(connection.client(), limiter, backoff, time);
        StripeTransferRail rail = new StripeTransferRail(connection.client(), limiter, backoff, time);
        journal = new SettlementJournal(ledger, cooperatives, new SplitRules(SplitPolicy.defaults(MAD)));
        for (int c = 0; c < cooperativeCount; c++) {
            CooperativeId id = CooperativeId.of(String.format("coop-%02d", c));
            cooperatives.save(Cooperative.of(id, "Cooperative " + c, CooperativeKind.WOMEN, "Souss-Massa", MAD)
                    .withPayoutDestination(new PayoutDestination.StripeAccount(String.format("acct_%02d", c))));
            products.save(new Product(Sku.of("SKU-" + c), id, "Product " + c, "oil", Money.of(4_000 + 150L * c, MAD),
                    1_000_000));
        }
        place = new PlaceOrder(products, orders, journal, MAD);
        pay = new PayOrder(orders, gateway, new ConfirmPayment(orders, journal, gateway, records));
        for (int o = 0; o < orderCount; o++) {
            int first = o % cooperativeCount;
            int second = (o * 7 + 3) % cooperativeCount;
            List<CartLine> lines = List.of(CartLine.of("SKU-" + first, 1 + o % 3), CartLine.of("SKU-" + second, 1 + o % 2));
            Order order = place.place(new CheckoutRequest(OrderId.of(String.format("o-%05d", o)), lines,
                    Money.of(o % 5 * 100, MAD), Map.of(CooperativeId.of(String.format("coop-%02d", first)),
                            Money.of(2_500, MAD)), OPENED.plusSeconds(o)));
            placed.add(new Placed(order, pay.pay(order.id(), OPENED.plusSeconds(o)).reference()));
        }
        runPayouts = new RunPayouts(cooperatives, ledger, payouts, rail, UnitOfWork.DIRECT, CLOCK, MAD);
        runPayouts.run(PayoutRunId.of("run-2026-03-09"), OPENED.plus(Duration.ofDays(8)));
        PayoutDispatch dispatch = new PayoutDispatch(ledger, payouts, rail, UnitOfWork.DIRECT, CLOCK);
        OrderLookup lookup = new OrderLookup(records, gateway);
        ConfirmPayment confirm = new ConfirmPayment(orders, journal, gateway, records);
        webhooks = StripeWebhooks.builder()
                .endpointSecret(SECRET)
                .previousSecret(PREVIOUS_SECRET)
                .clock(CLOCK)
                .processedEvents(processed)
                .handler(new PaymentEvents(orders, records, confirm, new CancelOrder(orders, products, journal), lookup))
                .handler(new DisputeEvents(orders, ledger, confirm, lookup))
                .handler(new TransferEvents(payouts, dispatch))
                .build();
    }

    /** Places and starts paying one more order: {@code units} of the first cooperative's product. */
    Placed placeLater(String orderId, long units, Instant at) {
        Order order = place.place(new CheckoutRequest(OrderId.of(orderId), List.of(CartLine.of("SKU-0", units)),
                Money.zero(MAD), Map.of(), at));
        Placed later = new Placed(order, pay.pay(order.id(), at).reference());
        placed.add(later);
        return later;
    }

    List<Payout> allPayouts() {
        return payouts.forRun(PayoutRunId.of("run-2026-03-09"));
    }

    /** Everything the handlers can change, in a form that compares by value. */
    Snapshot snapshot() {
        Map<String, String> orderStates = new TreeMap<>();
        for (Placed p : placed) {
            Order order = orders.get(p.order().id());
            orderStates.put(order.id().value(), order.status() + " " + order.paymentReference().orElse("-"));
        }
        Map<String, String> payoutStates = new TreeMap<>();
        allPayouts().forEach(p -> payoutStates.put(p.id().value(), p.state() + " " + p.failure().orElse("-")));
        Map<String, Money> balances = new TreeMap<>();
        ledger.balances(MAD).forEach((account, money) -> balances.put(account.toString(), money));
        List<String> transactions = ledger.all().stream().map(LedgerTransaction::id).map(Object::toString).sorted().toList();
        return new Snapshot(orderStates, records.all(), payoutStates, balances, transactions);
    }

    record Snapshot(Map<String, String> orders, List<?> paymentRecords, Map<String, String> payouts,
                    Map<String, Money> balances, List<String> transactions) {
    }
}
