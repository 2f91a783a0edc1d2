package org.taawon.payments.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PaymentGateway.Payment;
import org.taawon.core.order.PaymentGateway.PaymentRequest;
import org.taawon.core.order.PaymentGateway.PaymentStatus;

class SandboxPaymentGatewayTest {

    private static final Money TOTAL = Money.of(25_000, "MAD");

    private final SandboxPaymentGateway gateway = new SandboxPaymentGateway();

    private static PaymentRequest request(String order) {
        return new PaymentRequest(OrderId.of(order), TOTAL, "order-" + order + "-payment", Map.of("order_id", order));
    }

    @Nested
    class Cards {

        @Test
        void a_payment_waits_for_the_customer_then_succeeds_with_4242() {
            Payment started = gateway.startPayment(request("o-1"));
            assertThat(started.status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
            assertThat(started.clientSecret()).startsWith(started.reference() + "_secret_");

            Payment paid = gateway.confirm(started.reference(), "4242 4242 4242 4242");

            assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(gateway.lookUp(started.reference())).isEqualTo(paid);
            assertThat(gateway.declineCode(started.reference())).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
                "4000000000000002, card_declined",
                "4000000000009995, insufficient_funds",
                "4000000000009987, lost_card",
                "4000000000000069, expired_card",
                "4000000000000127, incorrect_cvc",
                "4242424242424241, incorrect_number"})
        void test_cards_decline_with_stripes_codes(String card, String code) {
            Payment started = gateway.startPayment(request("o-1"));
            assertThat(gateway.confirm(started.reference(), card).status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(gateway.declineCode(started.reference())).contains(code);
        }

        @Test
        void an_authentication_card_leaves_the_payment_waiting_and_a_declined_one_can_be_retried() {
            Payment started = gateway.startPayment(request("o-1"));
            assertThat(gateway.confirm(started.reference(), "4000002500003155").status()).isEqualTo(PaymentStatus.REQUIRES_ACTION);
            assertThat(gateway.confirm(started.reference(), "4000000000000002").status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(gateway.confirm(started.reference(), "5555555555554444").status()).isEqualTo(PaymentStatus.SUCCEEDED);
        }

        @Test
        void a_test_card_in_the_metadata_confirms_at_once() {
            PaymentRequest request = new PaymentRequest(OrderId.of("o-2"), TOTAL, "k-2",
                    Map.of(SandboxPaymentGateway.TEST_CARD, "4000000000009995"));
            assertThat(gateway.startPayment(request).status()).isEqualTo(PaymentStatus.FAILED);
        }
    }

    @Nested
    class Idempotency {

        @Test
        void references_follow_from_the_keys_so_a_second_sandbox_gives_the_same_ones() {
            Payment first = gateway.startPayment(request("o-1"));
            assertThat(gateway.startPayment(request("o-1"))).isEqualTo(first);
            assertThat(new SandboxPaymentGateway().startPayment(request("o-1")).reference()).isEqualTo(first.reference());
            assertThat(gateway.startPayment(request("o-2")).reference()).isNotEqualTo(first.reference());
        }

        @Test
        void a_key_reused_with_another_amount_is_refused() {
            gateway.startPayment(request("o-1"));
            PaymentRequest other = new PaymentRequest(OrderId.of("o-1"), Money.of(1, "MAD"), "order-o-1-payment", Map.of());
            assertThatThrownBy(() -> gateway.startPayment(other)).isInstanceOfSatisfying(SandboxPaymentException.class,
                    e -> assertThat(e.reason()).isEqualTo(SandboxPaymentException.IDEMPOTENCY_CONFLICT));
        }
    }

    @Nested
    class Refunds {

        @Test
        void refunds_up_to_the_amount_paid_once_per_key() {
            String reference = gateway.confirm(gateway.startPayment(request("o-1")).reference(), "4242424242424242").reference();

            var first = gateway.refund(reference, Money.of(10_000, "MAD"), "o-1/refund-1");
            assertThat(gateway.refund(reference, Money.of(10_000, "MAD"), "o-1/refund-1")).isEqualTo(first);
            gateway.refund(reference, Money.of(15_000, "MAD"), "o-1/refund-2");

            assertThat(first.reference()).startsWith("re_sandbox_");
            assertThatThrownBy(() -> gateway.refund(reference, Money.of(1, "MAD"), "o-1/refund-3"))
                    .isInstanceOfSatisfying(SandboxPaymentException.class,
                            e -> assertThat(e.reason()).isEqualTo(SandboxPaymentException.REFUND_EXCEEDS_PAYMENT));
        }

        @Test
        void an_unpaid_payment_cannot_be_refunded() {
            String reference = gateway.startPayment(request("o-1")).reference();
            assertThatThrownBy(() -> gateway.refund(reference, Money.of(1, "MAD"), "r"))
                    .isInstanceOfSatisfying(SandboxPaymentException.class,
                            e -> assertThat(e.reason()).isEqualTo(SandboxPaymentException.NOT_REFUNDABLE));
        }
    }
}
