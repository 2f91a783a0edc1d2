package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.AccountType;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.Money;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PaymentGateway.Payment;
import org.taawon.core.order.PaymentGateway.PaymentRequest;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.PaymentRecord;
import org.taawon.UnitOfWork;
import org.taawon.core.split.SplitPolicy;
import org.taawon.payments.support.Backoff;

import com.google.gson.JsonObject;

import mockwebserver3.RecordedRequest;

/**
 * Payments that cannot be booked, with stripe-java's real client against the stand-in: a
 * PaymentIntent that succeeds after its order expired, or a second one for an order already paid, is
 * refunded in full exactly once, whatever Stripe redelivers, and the ledger books nothing for it.
 */
class StripeLatePaymentTest {

    private static final Instant PLACED = Instant.parse("2026-03-20T10:00:00Z");
    private static final Duration TIMEOUT = ExpireUnpaidOrders.DEFAULT_TIMEOUT;
    private static final Sku SKU = Sku.of("SKU-0");

    private StripeStandIn standIn;
    private WebhookWorld world;
    private int taken;

    @BeforeEach
    void start() throws Exception {
        standIn = StripeStandIn.start();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    /** A world whose gateway retries as usual, or not at all ({@code maxRetries} 0). */
    private void world(int maxRetries) throws InterruptedException {
        world = new WebhookWorld(standIn, 2, 0, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), maxRetries));
        newRequests();
    }

    /** The requests the stand-in received since the last call. */
    private List<RecordedRequest> newRequests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = standIn.counts().requests() - taken; i > 0; i--) {
            RecordedRequest request = standIn.takeRequest();
            assertThat(request).as("a request the stand-in counted").isNotNull();
            requests.add(request);
            taken++;
        }
        return requests;
    }

    private static List<RecordedRequest> refundPosts(List<RecordedRequest> requests) {
        return requests.stream()
                .filter(r -> r.getMethod().equals("POST") && r.getUrl().encodedPath().equals("/v1/refunds"))
                .toList();
    }

    private static String key(RecordedRequest request) {
        return request.getHeaders().get("Idempotency-Key");
    }

    private static Map<String, String> form(RecordedRequest request) {
        return StripeStandIn.form(request.getBody().utf8());
    }

    private static String succeeded(String eventId, Instant created, String paymentIntent, Order order) {
        return StripeEvents.event(eventId, "payment_intent.succeeded", created,
                StripeEvents.paymentIntent(paymentIntent, order.id().value(), order.total().minor(), "succeeded"));
    }

    private WebhookOutcome handle(String payload) {
        return world.webhooks.handle(payload, StripeEvents.sign(payload, WebhookWorld.SECRET, WebhookWorld.NOW));
    }

    private WebhookOutcome deliver(String eventId, String type, Instant created, JsonObject object) {
        return handle(StripeEvents.event(eventId, type, created, object));
    }

    private long stock() {
        return world.products.get(SKU).stock();
    }

    private Order order(WebhookWorld.Placed placed) {
        return world.orders.get(placed.order().id());
    }

    private PaymentRecord record(String paymentIntent) {
        return world.records.find(paymentIntent).orElseThrow();
    }

    private List<String> transactions() {
        return world.ledger.all().stream().map(t -> t.id().toString()).sorted().toList();
    }

    private Money trialBalance() {
        return world.ledger.balances(WebhookWorld.MAD).values().stream()
                .reduce(Money.zero(WebhookWorld.MAD), Money::plus);
    }

    /** Places an order at {@link #PLACED} and lets it expire; the customer then pays it at Stripe. */
    private WebhookWorld.Placed expiredThenPaid(String orderId, long units) {
        long before = stock();
        WebhookWorld.Placed placed = world.placeLater(orderId, units, PLACED);
        assertThat(stock()).isEqualTo(before - units);
        Clock atTimeout = Clock.fixed(PLACED.plus(TIMEOUT), ZoneOffset.UTC);
        int expired = new ExpireUnpaidOrders(world.orders, world.cancel, UnitOfWork.DIRECT, atTimeout, TIMEOUT).run();
        assertThat(expired).isEqualTo(1);
        assertThat(order(placed).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock()).isEqualTo(before);
        standIn.succeedPayment(placed.paymentIntent());
        return placed;
    }

    @Test
    void a_payment_that_succeeds_after_its_order_expired_is_refunded_in_full_once_and_books_nothing() throws Exception {
        world(5);
        long stockBefore = stock();
        WebhookWorld.Placed late = expiredThenPaid("o-late", 3);
        Order order = order(late);
        List<String> ledgerBefore = transactions();
        Money total = order.total();
        newRequests();

        String payload = succeeded("evt_late", PLACED.plus(TIMEOUT).plusSeconds(90), late.paymentIntent(), order);
        assertThat(handle(payload).status()).isEqualTo(WebhookOutcome.Status.APPLIED);

        List<RecordedRequest> refunds = refundPosts(newRequests());
        assertThat(refunds).hasSize(1);
        assertThat(key(refunds.get(0))).isEqualTo(ConfirmPayment.idempotencyKey(order.id(), late.paymentIntent()))
                .isEqualTo("order-o-late-unbooked-" + late.paymentIntent());
        assertThat(form(refunds.get(0))).containsEntry("payment_intent", late.paymentIntent())
                .containsEntry("amount", Long.toString(total.minor()));
        assertThat(standIn.refunds()).singleElement()
                .satisfies(r -> assertThat(r.get("amount").getAsLong()).isEqualTo(total.minor()));
        assertThat(record(late.paymentIntent()))
                .isEqualTo(new PaymentRecord(late.paymentIntent(), order.id(), total, PaymentStatus.SUCCEEDED, total));
        assertThat(order(late).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(late).paymentReference()).isEmpty();
        assertThat(stock()).isEqualTo(stockBefore);
        assertThat(world.ledger.contains(SettlementJournal.saleOf(order))).isFalse();
        assertThat(transactions()).isEqualTo(ledgerBefore).noneMatch(t -> t.contains("o-late"));
        assertThat(trialBalance()).isEqualTo(Money.zero(WebhookWorld.MAD));

        // Stripe delivers the same event again, then another event saying the same, then its refund.
        assertThat(handle(payload).status()).isEqualTo(WebhookOutcome.Status.DUPLICATE);
        assertThat(handle(succeeded("evt_late_again", PLACED.plus(TIMEOUT).plusSeconds(95), late.paymentIntent(), order))
                .status()).isEqualTo(WebhookOutcome.Status.APPLIED);
        deliver("evt_late_refunded", "charge.refunded", PLACED.plus(TIMEOUT).plusSeconds(120),
                StripeEvents.charge("ch_late", late.paymentIntent(), order.id().value(), total.minor(), total.minor()));

        assertThat(refundPosts(newRequests())).isEmpty();
        assertThat(standIn.refunds()).hasSize(1);
        assertThat(record(late.paymentIntent()).refunded()).isEqualTo(total);
        assertThat(order(late).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock()).isEqualTo(stockBefore);
        assertThat(transactions()).isEqualTo(ledgerBefore);
        assertThat(trialBalance()).isEqualTo(Money.zero(WebhookWorld.MAD));
    }

    /**
     * The gateway gives up at the first failure (no retries of its own), so the delivery fails and
     * Stripe delivers the event again. A refund whose answer was lost is answered again under the same
     * key; a 500 stored before anything was made is replayed for that key too, so the next delivery,
     * finding no refund carrying the key, asks under the key derived from it ({@code KEY.1}).
     */
    @ParameterizedTest
    @EnumSource(value = StripeStandIn.Fault.class, names = {"DROP_AFTER", "ERROR_BEFORE"})
    void a_refund_that_fails_fails_the_delivery_and_the_redelivery_refunds_exactly_once(StripeStandIn.Fault fault)
            throws Exception {
        world(0);
        WebhookWorld.Placed late = expiredThenPaid("o-late", 2);
        Order order = order(late);
        Money total = order.total();
        String refundKey = ConfirmPayment.idempotencyKey(order.id(), late.paymentIntent());
        String payload = succeeded("evt_late", PLACED.plus(TIMEOUT).plusSeconds(30), late.paymentIntent(), order);
        newRequests();
        // The JDK's HTTP client resends a POST once, by itself and with the same headers, when the connection
        // closes without an answer: a lost answer reaches the gateway when the resent one is lost too.
        boolean drop = fault == StripeStandIn.Fault.DROP_AFTER;
        standIn.scripting(Duration.ZERO, drop ? new StripeStandIn.Fault[] {fault, fault} : new StripeStandIn.Fault[] {fault});

        assertThatThrownBy(() -> handle(payload)).isInstanceOfSatisfying(StripeCallException.class,
                e -> assertThat(e.reason()).isEqualTo(StripeCallException.UNAVAILABLE));
        assertThat(world.processed.contains("evt_late")).isFalse();
        assertThat(record(late.paymentIntent()).refunded()).isEqualTo(Money.zero(WebhookWorld.MAD));
        assertThat(standIn.refunds()).hasSize(drop ? 1 : 0);
        List<RecordedRequest> first = refundPosts(newRequests());

        assertThat(handle(payload).status()).isEqualTo(WebhookOutcome.Status.APPLIED);
        List<RecordedRequest> again = refundPosts(newRequests());

        assertThat(standIn.refunds()).singleElement().satisfies(r -> {
            assertThat(r.get("amount").getAsLong()).isEqualTo(total.minor());
            assertThat(r.getAsJsonObject("metadata").get("refund_key").getAsString()).isEqualTo(refundKey);
        });
        if (drop) {
            assertThat(first).extracting(StripeLatePaymentTest::key).containsExactly(refundKey, refundKey);
            assertThat(again).extracting(StripeLatePaymentTest::key).containsExactly(refundKey);
            assertThat(standIn.counts().replayed()).isEqualTo(2);
        } else {
            assertThat(first).extracting(StripeLatePaymentTest::key).containsExactly(refundKey);
            assertThat(again).extracting(StripeLatePaymentTest::key).containsExactly(refundKey, refundKey + ".1");
            assertThat(standIn.counts().replayed()).isEqualTo(1);
        }
        for (RecordedRequest request : concat(first, again)) {
            assertThat(form(request)).containsEntry("amount", Long.toString(total.minor()))
                    .containsEntry("payment_intent", late.paymentIntent()).containsEntry("metadata[refund_key]", refundKey);
        }
        assertThat(record(late.paymentIntent()).refunded()).isEqualTo(total);
        assertThat(world.processed.contains("evt_late")).isTrue();
        assertThat(order(late).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(world.ledger.contains(SettlementJournal.saleOf(order))).isFalse();

        assertThat(handle(payload).status()).isEqualTo(WebhookOutcome.Status.DUPLICATE);
        assertThat(handle(succeeded("evt_late_2", PLACED.plus(TIMEOUT).plusSeconds(31), late.paymentIntent(), order))
                .status()).isEqualTo(WebhookOutcome.Status.APPLIED);
        assertThat(refundPosts(newRequests())).isEmpty();
        assertThat(standIn.refunds()).hasSize(1);
    }

    private static List<RecordedRequest> concat(List<RecordedRequest> a, List<RecordedRequest> b) {
        List<RecordedRequest> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void a_second_payment_intent_succeeding_for_a_paid_order_is_refunded_in_full_once() throws Exception {
        world(5);
        WebhookWorld.Placed placed = world.placeLater("o-twice", 2, PLACED);
        Order order = order(placed);
        Money total = order.total();
        standIn.succeedPayment(placed.paymentIntent());
        Instant paidAt = PLACED.plus(Duration.ofMinutes(5));
        handle(succeeded("evt_first", paidAt, placed.paymentIntent(), order));
        assertThat(order(placed).status()).isEqualTo(OrderStatus.PAID);
        LedgerTransaction sale = world.ledger.find(SettlementJournal.saleOf(order)).orElseThrow();

        // The customer paid again in another tab: a second PaymentIntent for the same order.
        Payment second = world.gateway.startPayment(new PaymentRequest(order.id(), total, "order-o-twice-payment-tab-2",
                Map.of("order_id", order.id().value())));
        assertThat(second.reference()).isNotEqualTo(placed.paymentIntent());
        standIn.succeedPayment(second.reference());
        List<String> ledgerBefore = transactions();
        newRequests();

        handle(succeeded("evt_second", paidAt.plusSeconds(40), second.reference(), order));

        List<RecordedRequest> refunds = refundPosts(newRequests());
        assertThat(refunds).hasSize(1);
        assertThat(key(refunds.get(0))).isEqualTo(ConfirmPayment.idempotencyKey(order.id(), second.reference()));
        assertThat(form(refunds.get(0))).containsEntry("payment_intent", second.reference())
                .containsEntry("amount", Long.toString(total.minor()));
        assertThat(record(second.reference()).refunded()).isEqualTo(total);
        assertThat(record(placed.paymentIntent()).refunded()).isEqualTo(Money.zero(WebhookWorld.MAD));
        assertThat(order(placed).status()).isEqualTo(OrderStatus.PAID);
        assertThat(order(placed).paymentReference()).contains(placed.paymentIntent());
        assertThat(order(placed).paidAt()).contains(paidAt);
        assertThat(world.ledger.find(SettlementJournal.saleOf(order))).contains(sale);
        assertThat(transactions()).isEqualTo(ledgerBefore);

        // Redelivered under another id, and the first payment's success again: nothing more.
        handle(succeeded("evt_second_again", paidAt.plusSeconds(50), second.reference(), order));
        handle(succeeded("evt_first_again", paidAt.plusSeconds(55), placed.paymentIntent(), order));
        // A failure of yet another attempt never cancels the paid order.
        deliver("evt_third_failed", "payment_intent.payment_failed", paidAt.plusSeconds(60),
                StripeEvents.paymentIntent("pi_other", order.id().value(), total.minor(), "requires_payment_method"));

        assertThat(refundPosts(newRequests())).isEmpty();
        assertThat(standIn.refunds()).hasSize(1);
        assertThat(order(placed).status()).isEqualTo(OrderStatus.PAID);
        assertThat(transactions()).isEqualTo(ledgerBefore);
        assertThat(trialBalance()).isEqualTo(Money.zero(WebhookWorld.MAD));
    }

    @Test
    void a_success_for_an_order_awaiting_payment_books_the_sale_at_the_events_time() throws Exception {
        world(5);
        WebhookWorld.Placed placed = world.placeLater("o-pays", 2, PLACED);
        Order order = order(placed);
        assertThat(world.ledger.contains(SettlementJournal.saleOf(order))).isFalse();
        Instant paidAt = PLACED.plus(Duration.ofMinutes(20));
        Duration hold = SplitPolicy.defaults(WebhookWorld.MAD).hold();
        Account payable = Account.payable(CooperativeId.of("coop-00"));
        Money dueBefore = world.ledger.balance(payable, WebhookWorld.MAD, paidAt.plus(hold));
        newRequests();

        standIn.succeedPayment(placed.paymentIntent());
        handle(succeeded("evt_paid", paidAt, placed.paymentIntent(), order));

        Order paid = order(placed);
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paidAt()).contains(paidAt);
        assertThat(paid.paymentReference()).contains(placed.paymentIntent());
        LedgerTransaction sale = world.ledger.find(SettlementJournal.saleOf(order)).orElseThrow();
        assertThat(sale.recordedAt()).isEqualTo(paidAt);
        List<LedgerEntry> earnings = sale.entries().stream()
                .filter(e -> e.account().type() == AccountType.COOPERATIVE_PAYABLE).toList();
        assertThat(earnings).isNotEmpty().allSatisfy(e -> assertThat(e.effectiveAt()).isEqualTo(paidAt.plus(hold)));
        assertThat(sale.entries()).filteredOn(e -> e.account().equals(Account.CUSTOMERS))
                .allSatisfy(e -> assertThat(e.effectiveAt()).isEqualTo(paidAt));
        Money earned = earnings.stream().map(LedgerEntry::amount).reduce(Money.zero(WebhookWorld.MAD), Money::plus);
        assertThat(earned.isPositive()).isTrue();
        assertThat(world.ledger.balance(payable, WebhookWorld.MAD, paidAt.plus(hold).minusSeconds(1)))
                .isEqualTo(dueBefore);
        assertThat(world.ledger.balance(payable, WebhookWorld.MAD, paidAt.plus(hold))).isEqualTo(dueBefore.plus(earned));
        assertThat(refundPosts(newRequests())).isEmpty();
        assertThat(record(placed.paymentIntent()).refunded()).isEqualTo(Money.zero(WebhookWorld.MAD));
    }
}
