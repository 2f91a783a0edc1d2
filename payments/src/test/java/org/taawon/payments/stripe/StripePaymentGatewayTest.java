package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taawon.core.money.Money;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.PaymentGateway.GatewayRefund;
import org.taawon.core.order.PaymentGateway.Payment;
import org.taawon.core.order.PaymentGateway.PaymentRequest;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;

import com.stripe.Stripe;

import mockwebserver3.RecordedRequest;

class StripePaymentGatewayTest {

    private StripeStandIn standIn;
    private WebhookWorld world;

    @BeforeEach
    void start() throws Exception {
        standIn = StripeStandIn.start();
        world = new WebhookWorld(standIn, 2, 0);
        drain();
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private void drain() throws InterruptedException {
        for (int i = standIn.counts().requests(); i > 0; i--) {
            standIn.takeRequest();
        }
    }

    @Test
    void a_payment_is_one_payment_intent_for_the_order_total_with_its_metadata_group_and_key() throws Exception {
        WebhookWorld.Placed placed = world.placeLater("o-100", 3, WebhookWorld.OPENED);

        RecordedRequest request = standIn.takeRequest();
        Map<String, String> form = StripeStandIn.form(request.getBody().utf8());
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/payment_intents");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("order-o-100-payment");
        assertThat(request.getHeaders().get("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
        assertThat(form).containsEntry("amount", Long.toString(placed.order().total().minor()))
                .containsEntry("currency", "mad")
                .containsEntry("transfer_group", "o-100")
                .containsEntry("metadata[order_id]", "o-100")
                .containsEntry("metadata[cooperatives]", "coop-00")
                .containsEntry("automatic_payment_methods[enabled]", "true");
        Payment payment = world.gateway.lookUp(placed.paymentIntent());
        assertThat(payment.status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
        assertThat(payment.orderId()).isEqualTo(OrderId.of("o-100"));
        assertThat(payment.clientSecret()).isNotEmpty();
    }

    @Test
    void starting_the_same_payment_again_finds_the_same_payment_intent() {
        PaymentRequest request = new PaymentRequest(OrderId.of("o-7"), Money.of(9_900, "MAD"), "order-o-7-payment", Map.of());
        Payment first = world.gateway.startPayment(request);
        assertThat(world.gateway.startPayment(request)).isEqualTo(first);
        assertThat(standIn.counts().replayed()).isEqualTo(1);
    }

    @Test
    void a_refund_returns_the_exact_amount_of_settlement_section_4_under_the_refunds_id() throws Exception {
        WebhookWorld.Placed placed = world.placeLater("o-200", 3, WebhookWorld.OPENED);
        standIn.succeedPayment(placed.paymentIntent());
        assertThat(world.gateway.lookUp(placed.paymentIntent()).status()).isEqualTo(PaymentStatus.SUCCEEDED);
        new ConfirmPayment(world.orders, world.journal, world.gateway, world.records).confirm(placed.order().id(), placed.paymentIntent(), WebhookWorld.OPENED);
        RefundLines refundLines = new RefundLines(world.orders, world.products, world.journal);
        drain();

        Refund refund = refundLines.refund(new RefundRequest(OrderId.of("o-200"), List.of(new RefundRequest.Line(0, 1)),
                false, WebhookWorld.OPENED.plus(Duration.ofDays(1))));
        Order order = world.orders.get(OrderId.of("o-200"));
        GatewayRefund done = world.gateway.refund(order.paymentReference().orElseThrow(), refund.amount(),
                refund.id(order.id()));

        OrderLine line = order.lines().get(0);
        long expected = BigDecimal.valueOf(line.net().minor()).divide(BigDecimal.valueOf(3), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        RecordedRequest request = standIn.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/refunds");
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("o-200/refund-1");
        assertThat(StripeStandIn.form(request.getBody().utf8())).containsEntry("amount", Long.toString(expected))
                .containsEntry("payment_intent", placed.paymentIntent());
        assertThat(done.amount()).isEqualTo(Money.of(expected, "MAD"));
        assertThat(done.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void a_refund_whose_500_was_stored_after_it_was_made_is_found_by_its_key_and_not_made_again() throws Exception {
        WebhookWorld.Placed placed = world.placeLater("o-300", 2, WebhookWorld.OPENED);
        standIn.succeedPayment(placed.paymentIntent());
        standIn.scripting(Duration.ZERO, StripeStandIn.Fault.ERROR_AFTER);

        GatewayRefund refund = world.gateway.refund(placed.paymentIntent(), Money.of(1_000, "MAD"), "o-300/refund-1");

        assertThat(standIn.refunds()).hasSize(1);
        assertThat(refund.reference()).isEqualTo(standIn.refunds().get(0).get("id").getAsString());
    }

    @Test
    void a_refund_whose_500_was_stored_before_anything_was_made_is_asked_again_under_a_derived_key() throws Exception {
        WebhookWorld.Placed placed = world.placeLater("o-301", 2, WebhookWorld.OPENED);
        standIn.succeedPayment(placed.paymentIntent());
        standIn.scripting(Duration.ZERO, StripeStandIn.Fault.ERROR_BEFORE);
        drain();
        int before = standIn.counts().requests();

        world.gateway.refund(placed.paymentIntent(), Money.of(1_000, "MAD"), "o-301/refund-1");

        assertThat(standIn.refunds()).hasSize(1);
        List<String> keys = new java.util.ArrayList<>();
        for (int i = standIn.counts().requests() - before; i > 0; i--) {
            RecordedRequest request = standIn.takeRequest();
            if (request.getMethod().equals("POST")) {
                keys.add(request.getHeaders().get("Idempotency-Key"));
            }
        }
        assertThat(keys).containsExactly("o-301/refund-1", "o-301/refund-1.1");
    }

    @Test
    void a_payment_intent_refused_with_a_stored_500_is_created_under_a_derived_key_and_found_again_the_same_way() {
        standIn.scripting(Duration.ZERO, StripeStandIn.Fault.ERROR_BEFORE);
        PaymentRequest request = new PaymentRequest(OrderId.of("o-8"), Money.of(9_900, "MAD"), "order-o-8-payment", Map.of());

        Payment payment = world.gateway.startPayment(request);

        assertThat(payment.orderId()).isEqualTo(OrderId.of("o-8"));
        assertThat(world.gateway.startPayment(request)).isEqualTo(payment);
        assertThat(standIn.counts().serverErrors()).isEqualTo(1);
    }

    @Test
    void an_unknown_payment_is_a_typed_refusal() {
        assertThatThrownBy(() -> world.gateway.lookUp("pi_missing"))
                .isInstanceOfSatisfying(StripeCallException.class,
                        e -> assertThat(e.reason()).isEqualTo(StripeCallException.REJECTED));
    }
}
