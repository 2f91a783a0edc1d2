package org.taawon.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taawon.core.fixtures.Amounts.T0;
import static org.taawon.core.fixtures.Amounts.hoursAfterT0;
import static org.taawon.core.fixtures.Amounts.mad;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_500;
import static org.taawon.core.fixtures.SeedCatalogue.ARGAN_OIL_250;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;
import static org.taawon.core.fixtures.SeedCatalogue.HAOUZ;
import static org.taawon.core.fixtures.SeedCatalogue.TIGHANIMINE;
import static org.taawon.core.fixtures.SeedCatalogue.ZAGORA;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.taawon.core.fixtures.SeedCatalogue;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;

class OrderLifecycleTest {

    private static final OrderId O1 = OrderId.of("o-1");

    private TaawonFixture taawon;

    @BeforeEach
    void one_order_of_two_cooperatives_placed() {
        taawon = SeedCatalogue.fixture();
        taawon.placeOrder().place(anOrder().id("o-1").line(ARGAN_OIL_250, 2).line(DATES_MEJHOUL_1K, 3).discount(500)
                .shipping("coop-tighanimine", 3000).request());
    }

    private static String reasonOf(Runnable operation) {
        try {
            operation.run();
        } catch (TaawonException e) {
            return e.reason();
        }
        throw new AssertionError("the operation was accepted");
    }

    @Nested
    class Payment {

        @Test
        void pay_charges_the_order_total_at_the_gateway_and_marks_it_paid() {
            PaymentGateway.Payment payment = taawon.payOrder().pay(O1, hoursAfterT0(1));

            assertThat(payment.amount()).isEqualTo(taawon.order("o-1").total());
            assertThat(payment.status()).isEqualTo(PaymentGateway.PaymentStatus.SUCCEEDED);
            Order order = taawon.order("o-1");
            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(order.paymentReference()).contains(payment.reference());
            assertThat(order.statusChangedAt()).isEqualTo(hoursAfterT0(1));
            assertThat(taawon.gateway().lookUp(payment.reference()).orderId()).isEqualTo(O1);
        }

        @Test
        void a_paid_order_cannot_be_paid_again_and_the_same_confirmation_is_harmless() {
            String reference = taawon.payOrder().pay(O1, hoursAfterT0(1)).reference();

            assertThat(reasonOf(() -> taawon.payOrder().pay(O1, hoursAfterT0(2)))).isEqualTo("ALREADY_PAID");
            ConfirmPayment.Confirmation again = taawon.confirmPayment().confirm(O1, reference, hoursAfterT0(2));
            assertThat(again.outcome()).isEqualTo(ConfirmPayment.Outcome.ALREADY_BOOKED);
            assertThat(again.order().statusChangedAt()).isEqualTo(hoursAfterT0(1));
            assertThat(taawon.order("o-1").paidAt()).contains(hoursAfterT0(1));
        }

        @Test
        void a_second_payment_of_a_paid_order_is_refunded_in_full_once_and_books_nothing() {
            taawon.payOrder().pay(O1, hoursAfterT0(1));
            TaawonFixture.State paid = taawon.snapshot();
            Money total = taawon.order("o-1").total();

            String secondPayment = taawon.gateway().startPayment(
                    new PaymentGateway.PaymentRequest(O1, total, "second-tab", java.util.Map.of())).reference();

            ConfirmPayment.Confirmation second = taawon.confirmPayment().confirm(O1, secondPayment, hoursAfterT0(2));
            taawon.confirmPayment().confirm(O1, secondPayment, hoursAfterT0(3));

            assertThat(second.outcome()).isEqualTo(ConfirmPayment.Outcome.REFUNDED);
            assertThat(taawon.gateway().refunds()).singleElement().satisfies(r -> {
                assertThat(r.paymentReference()).isEqualTo(secondPayment);
                assertThat(r.amount()).isEqualTo(total);
                assertThat(r.idempotencyKey()).isEqualTo(ConfirmPayment.idempotencyKey(O1, secondPayment));
            });
            assertThat(taawon.paymentRecords().find(secondPayment)).get()
                    .satisfies(r -> assertThat(r.refunded()).isEqualTo(total));
            assertThat(taawon.snapshot()).isEqualTo(paid);
        }

        @Test
        void a_confirmation_delivered_again_after_a_refund_is_still_harmless() {
            String reference = taawon.payOrder().pay(O1, hoursAfterT0(1)).reference();
            taawon.refund("o-1", hoursAfterT0(2), false, 0, 1);
            TaawonFixture.State refunded = taawon.snapshot();

            ConfirmPayment.Confirmation again = taawon.confirmPayment().confirm(O1, reference, hoursAfterT0(3));

            assertThat(again.outcome()).isEqualTo(ConfirmPayment.Outcome.ALREADY_BOOKED);
            assertThat(again.order().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertThat(taawon.snapshot()).isEqualTo(refunded);
        }

        @Test
        void a_webhook_confirms_a_pending_order_and_unknown_orders_are_refused() {
            taawon.confirmPayment().confirm(O1, "pi_123", hoursAfterT0(1));
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.PAID);
            assertThat(reasonOf(() -> taawon.confirmPayment().confirm(OrderId.of("nope"), "pi_1", T0)))
                    .isEqualTo("UNKNOWN_ORDER");
            assertThat(reasonOf(() -> taawon.payOrder().pay(OrderId.of("nope"), T0))).isEqualTo("UNKNOWN_ORDER");
        }
    }

    @Nested
    class Refund_states {

        @BeforeEach
        void paid() {
            taawon.payOrder().pay(O1, hoursAfterT0(1));
        }

        @Test
        void goes_from_paid_to_partially_refunded_to_refunded() {
            taawon.refund("o-1", hoursAfterT0(2), false, 0, 1);
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            taawon.refund("o-1", hoursAfterT0(3), false, 1, 3);
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            taawon.refund("o-1", hoursAfterT0(4), false, 0, 1);

            Order order = taawon.order("o-1");
            assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(order.statusChangedAt()).isEqualTo(hoursAfterT0(4));
            assertThat(order.refunded()).isEqualTo(order.lines().get(0).net().plus(order.lines().get(1).net()));
            assertThat(order.refunds()).extracting(Refund::number).containsExactly(1, 2, 3);
            assertThat(order.refunds().get(1).id(O1)).isEqualTo("o-1/refund-2");
            // A fully refunded order is still judged line by line (SETTLEMENT.md §6).
            assertThat(reasonOf(() -> taawon.refund("o-1", hoursAfterT0(5), false, 0, 1))).isEqualTo("REFUND_EXCEEDS_PURCHASE");
        }

        @Test
        void entries_naming_one_line_twice_are_merged_into_one_refunded_line() {
            Refund refund = taawon.refund("o-1", hoursAfterT0(2), false, 1, 1, 0, 1, 1, 1);

            assertThat(refund.lines()).extracting(RefundedLine::line, RefundedLine::units, RefundedLine::unitsBefore)
                    .containsExactly(tuple(1, 2L, 0L),
                            tuple(0, 1L, 0L));
        }

        @Test
        void restocked_refunds_put_units_back_and_others_do_not() {
            taawon.refund("o-1", hoursAfterT0(2), true, 1, 2);
            assertThat(taawon.stock(DATES_MEJHOUL_1K)).isEqualTo(99);
            taawon.refund("o-1", hoursAfterT0(3), false, 0, 2);
            assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(38);
        }

        @Test
        void each_refund_is_one_ledger_transaction_derived_from_its_id() {
            taawon.refund("o-1", hoursAfterT0(2), false, 0, 1);
            taawon.refund("o-1", hoursAfterT0(3), false, 0, 1);

            assertThat(taawon.ledger().contains(TransactionId.of("refund:o-1/refund-1"))).isTrue();
            assertThat(taawon.ledger().contains(TransactionId.of("refund:o-1/refund-2"))).isTrue();
            assertThat(taawon.totals().refunded()).isEqualTo(taawon.order("o-1").lines().get(0).net());
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }
    }

    @Nested
    class Fulfilment {

        @Test
        void an_unpaid_order_cannot_be_shipped() {
            assertThat(reasonOf(() -> taawon.shipSubOrder().ship(O1, TIGHANIMINE.id(), hoursAfterT0(1))))
                    .isEqualTo("INVALID_STATE");
        }

        @Test
        void each_cooperative_ships_and_delivers_its_own_part() {
            taawon.payOrder().pay(O1, hoursAfterT0(1));

            taawon.shipSubOrder().ship(O1, TIGHANIMINE.id(), hoursAfterT0(2));
            Order shipped = taawon.order("o-1");
            assertThat(shipped.subOrder(TIGHANIMINE.id()).orElseThrow().fulfilment()).isEqualTo(FulfilmentStatus.SHIPPED);
            assertThat(shipped.subOrder(TIGHANIMINE.id()).orElseThrow().shippedAt()).contains(hoursAfterT0(2));
            assertThat(shipped.subOrder(ZAGORA.id()).orElseThrow().fulfilment()).isEqualTo(FulfilmentStatus.AWAITING_SHIPMENT);

            taawon.deliverSubOrder().deliver(O1, TIGHANIMINE.id(), hoursAfterT0(30));
            SubOrder delivered = taawon.order("o-1").subOrder(TIGHANIMINE.id()).orElseThrow();
            assertThat(delivered.fulfilment()).isEqualTo(FulfilmentStatus.DELIVERED);
            assertThat(delivered.deliveredAt()).contains(hoursAfterT0(30));
            assertThat(delivered.shippedAt()).contains(hoursAfterT0(2));
        }

        @Test
        void refuses_out_of_turn_and_unknown_parts() {
            taawon.payOrder().pay(O1, hoursAfterT0(1));

            assertThat(reasonOf(() -> taawon.deliverSubOrder().deliver(O1, ZAGORA.id(), hoursAfterT0(2))))
                    .isEqualTo("INVALID_STATE");
            taawon.shipSubOrder().ship(O1, ZAGORA.id(), hoursAfterT0(2));
            assertThat(reasonOf(() -> taawon.shipSubOrder().ship(O1, ZAGORA.id(), hoursAfterT0(3))))
                    .isEqualTo("INVALID_STATE");
            assertThat(reasonOf(() -> taawon.shipSubOrder().ship(O1, HAOUZ.id(), hoursAfterT0(3))))
                    .isEqualTo("UNKNOWN_COOPERATIVE");
            assertThat(reasonOf(() -> taawon.shipSubOrder().ship(OrderId.of("nope"), HAOUZ.id(), hoursAfterT0(3))))
                    .isEqualTo("UNKNOWN_ORDER");
        }
    }

    @Nested
    class Cancellation {

        @Test
        void returns_the_stock_and_reverses_the_sale_in_the_ledger_exactly() {
            Order order = taawon.cancelOrder().cancel(O1, hoursAfterT0(1));

            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(ARGAN_OIL_250.stock());
            assertThat(taawon.stock(DATES_MEJHOUL_1K)).isEqualTo(DATES_MEJHOUL_1K.stock());

            LedgerTransaction sale = taawon.ledger().find(SettlementJournal.saleOf(order)).orElseThrow();
            LedgerTransaction cancel = taawon.ledger().find(TransactionId.of("cancel:o-1")).orElseThrow();
            assertThat(cancel.entries()).extracting(LedgerEntry::account, LedgerEntry::kind, LedgerEntry::amount)
                    .containsExactlyElementsOf(sale.entries().stream()
                            .map(e -> tuple(e.account(), e.kind(), e.amount().negate())).toList());

            for (Map.Entry<Account, Money> balance : taawon.ledger().balances(taawon.currency()).entrySet()) {
                assertThat(balance.getValue()).as("%s after the cancellation", balance.getKey()).isEqualTo(mad(0));
            }
            Duration hold = taawon.policy().hold();
            for (Instant at : List.of(T0, hoursAfterT0(1), T0.plus(hold).minusSeconds(1), T0.plus(hold), Instant.MAX)) {
                assertThat(taawon.ledger().balance(Account.payable(TIGHANIMINE.id()), taawon.currency(), at))
                        .as("payable at %s", at).isEqualTo(mad(0));
            }
            assertThat(taawon.totals().charged()).isEqualTo(mad(0));
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }

        @Test
        void earnings_that_had_not_yet_counted_are_withdrawn_from_the_same_instant() {
            taawon.cancelOrder().cancel(O1, hoursAfterT0(1));
            Instant earningsCount = T0.plus(taawon.policy().hold());

            LedgerTransaction cancel = taawon.ledger().find(TransactionId.of("cancel:o-1")).orElseThrow();
            assertThat(cancel.entries()).filteredOn(e -> e.account().equals(Account.payable(TIGHANIMINE.id())))
                    .isNotEmpty().allSatisfy(e -> assertThat(e.effectiveAt()).isEqualTo(earningsCount));
            assertThat(cancel.entries()).filteredOn(e -> e.account().equals(Account.PLATFORM))
                    .isNotEmpty().allSatisfy(e -> assertThat(e.effectiveAt()).isEqualTo(hoursAfterT0(1)));
        }

        @Test
        void only_an_unpaid_order_can_be_cancelled_and_a_cancelled_order_cannot_be_paid() {
            taawon.placeOrder().place(anOrder().id("o-2").line(AMLOU_500, 1).request());
            taawon.payOrder().pay(OrderId.of("o-2"), hoursAfterT0(1));
            TaawonFixture.State before = taawon.snapshot();
            assertThat(reasonOf(() -> taawon.cancelOrder().cancel(OrderId.of("o-2"), hoursAfterT0(2)))).isEqualTo("INVALID_STATE");
            assertThat(taawon.snapshot()).isEqualTo(before);

            taawon.cancelOrder().cancel(O1, hoursAfterT0(2));
            assertThat(reasonOf(() -> taawon.payOrder().pay(O1, hoursAfterT0(3)))).isEqualTo("INVALID_STATE");
            assertThat(reasonOf(() -> taawon.cancelOrder().cancel(O1, hoursAfterT0(3)))).isEqualTo("INVALID_STATE");
            assertThat(reasonOf(() -> taawon.cancelOrder().cancel(OrderId.of("nope"), hoursAfterT0(3)))).isEqualTo("UNKNOWN_ORDER");
        }
    }
}
