package org.taawon.payments.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.Money;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.InMemoryPaymentRecords;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PaymentGateway.Payment;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.PaymentRecord;
import org.taawon.core.order.PlaceOrder;
import org.taawon.UnitOfWork;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;

/**
 * A payment made too late with the sandbox gateway: paying an expired order is refused before any
 * charge, and a sandbox payment that succeeds after its order expired is refunded in full once.
 */
class SandboxLatePaymentTest {

    private static final Currency MAD = Currency.getInstance("MAD");
    private static final Instant PLACED = Instant.parse("2026-03-20T10:00:00Z");
    private static final Duration TIMEOUT = ExpireUnpaidOrders.DEFAULT_TIMEOUT;
    private static final String CARD = "4242424242424242";
    private static final Sku SKU = Sku.of("ARGAN-1");

    private final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    private final InMemoryPaymentRecords records = new InMemoryPaymentRecords();
    private final SandboxPaymentGateway sandbox = new SandboxPaymentGateway();
    private final Calls gateway = new Calls(sandbox);
    private PlaceOrder place;
    private PayOrder pay;
    private ConfirmPayment confirm;
    private CancelOrder cancel;

    /** The sandbox, with every call it was asked to make written down. */
    private record Calls(SandboxPaymentGateway sandbox, List<String> log) implements PaymentGateway {

        Calls(SandboxPaymentGateway sandbox) {
            this(sandbox, new ArrayList<>());
        }

        @Override
        public Payment startPayment(PaymentRequest request) {
            log.add("start " + request.idempotencyKey());
            return sandbox.startPayment(request);
        }

        @Override
        public Payment lookUp(String paymentReference) {
            return sandbox.lookUp(paymentReference);
        }

        @Override
        public GatewayRefund refund(String paymentReference, Money amount, String idempotencyKey) {
            log.add("refund " + paymentReference + " " + amount.minor() + " " + idempotencyKey);
            return sandbox.refund(paymentReference, amount, idempotencyKey);
        }
    }

    @BeforeEach
    void wire() {
        CooperativeId coop = CooperativeId.of("coop-argan");
        cooperatives.save(Cooperative.of(coop, "Argan women", CooperativeKind.WOMEN, "Souss-Massa", MAD));
        products.save(new Product(SKU, coop, "Argan oil", "oil", Money.of(12_500, MAD), 100));
        SettlementJournal journal = new SettlementJournal(ledger, cooperatives, new SplitRules(SplitPolicy.defaults(MAD)));
        place = new PlaceOrder(products, orders, journal, MAD);
        confirm = new ConfirmPayment(orders, journal, gateway, records);
        cancel = new CancelOrder(orders, products, journal);
        pay = new PayOrder(orders, gateway, confirm);
    }

    private Order place(String id) {
        return place.place(new CheckoutRequest(OrderId.of(id), List.of(CartLine.of(SKU.value(), 2)), Money.zero(MAD),
                Map.of(), PLACED));
    }

    private void expire() {
        Clock atTimeout = Clock.fixed(PLACED.plus(TIMEOUT), ZoneOffset.UTC);
        assertThat(new ExpireUnpaidOrders(orders, cancel, UnitOfWork.DIRECT, atTimeout, TIMEOUT).run()).isEqualTo(1);
    }

    @Test
    void paying_an_expired_order_is_refused_before_any_charge() {
        Order order = place("o-1");
        expire();

        assertThatThrownBy(() -> pay.pay(order.id(), PLACED.plus(TIMEOUT).plusSeconds(1),
                Map.of(SandboxPaymentGateway.TEST_CARD, CARD)))
                .isInstanceOfSatisfying(OrderRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(OrderRejection.ORDER_CANCELLED.name()));

        assertThat(gateway.log()).isEmpty();
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(products.get(SKU).stock()).isEqualTo(100);
        assertThat(records.all()).isEmpty();
        assertThat(ledger.all()).isEmpty();
    }

    @Test
    void a_sandbox_payment_that_succeeds_after_its_order_expired_is_refunded_in_full_once() {
        Order order = place("o-2");
        Payment started = pay.pay(order.id(), PLACED);
        assertThat(started.status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
        expire();

        Payment paid = sandbox.confirm(started.reference(), CARD);
        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        Instant at = PLACED.plus(TIMEOUT).plusSeconds(30);
        ConfirmPayment.Confirmation first = confirm.confirm(order.id(), paid.reference(), paid.amount(), at);
        ConfirmPayment.Confirmation again = confirm.confirm(order.id(), paid.reference(), paid.amount(), at.plusSeconds(5));

        String key = ConfirmPayment.idempotencyKey(order.id(), paid.reference());
        assertThat(first.outcome()).isEqualTo(ConfirmPayment.Outcome.REFUNDED);
        assertThat(again.outcome()).isEqualTo(ConfirmPayment.Outcome.REFUNDED);
        assertThat(gateway.log()).containsExactly("start " + PayOrder.idempotencyKey(order.id()),
                "refund " + paid.reference() + " " + order.total().minor() + " " + key);
        assertThat(sandbox.refunded(paid.reference())).isEqualTo(order.total());
        assertThat(records.find(paid.reference())).contains(
                new PaymentRecord(paid.reference(), order.id(), order.total(), PaymentStatus.SUCCEEDED, order.total()));
        assertThat(orders.get(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(products.get(SKU).stock()).isEqualTo(100);
        assertThat(ledger.all()).isEmpty();

        // The sandbox answers a refund asked again under its key with the refund made, and refunds no more.
        PaymentGateway.GatewayRefund refund = sandbox.refund(paid.reference(), order.total(), key);
        assertThat(sandbox.refund(paid.reference(), order.total(), key)).isEqualTo(refund);
        assertThat(sandbox.refunded(paid.reference())).isEqualTo(order.total());
        assertThatThrownBy(() -> sandbox.refund(paid.reference(), Money.of(1, MAD), "another-key"))
                .isInstanceOfSatisfying(SandboxPaymentException.class,
                        e -> assertThat(e.reason()).isEqualTo(SandboxPaymentException.REFUND_EXCEEDS_PAYMENT));
    }
}
