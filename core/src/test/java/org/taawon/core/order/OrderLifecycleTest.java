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
    class Booking {

        @Test
        void an_unpaid_order_holds_its_stock_and_books_nothing_a_payout_could_pay() {
            assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(ARGAN_OIL_250.stock() - 2);
            assertThat(taawon.ledger().all()).isEmpty();

            taawon.payoutRun("run-1", T0.plus(Duration.ofDays(30)));

            assertThat(taawon.payouts().runs()).singleElement()
                    .satisfies(run -> assertThat(taawon.payouts().forRun(run.id())).isEmpty());
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        }

        @Test
        void the_payment_books_the_sale_at_its_own_time_and_the_hold_counts_from_it() {
            Instant paidAt = hoursAfterT0(5);
            taawon.payOrder().pay(O1, paidAt);
            Duration hold = taawon.policy().hold();
            Order order = taawon.order("o-1");

            LedgerTransaction sale = taawon.ledger().find(SettlementJournal.saleOf(order)).orElseThrow();
            assertThat(sale).isEqualTo(taawon.journal().saleTransaction(order, paidAt));
            assertThat(sale.recordedAt()).isEqualTo(paidAt);
            assertThat(order.paidAt()).contains(paidAt);
            assertThat(order.subOrders()).allSatisfy(sub -> assertThat(sub.paidAt()).contains(paidAt));
            Account payable = Account.payable(TIGHANIMINE.id());
            assertThat(taawon.ledger().balance(payable, taawon.currency(), T0.plus(hold))).isEqualTo(mad(0));
            assertThat(taawon.ledger().balance(payable, taawon.currency(), paidAt.plus(hold).minusNanos(1))).isEqualTo(mad(0));
            assertThat(taawon.ledger().balance(payable, taawon.currency(), paidAt.plus(hold))).satisfies(b -> assertThat(b.isPositive()).isTrue());
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }

        @Test
        void shipping_waits_for_the_payment() {
            assertThat(reasonOf(() -> taawon.shipSubOrder().ship(O1, TIGHANIMINE.id(), hoursAfterT0(1))))
                    .isEqualTo("INVALID_STATE");
            taawon.payOrder().pay(O1, hoursAfterT0(1));
            taawon.shipSubOrder().ship(O1, TIGHANIMINE.id(), hoursAfterT0(2));
            assertThat(taawon.order("o-1").subOrder(TIGHANIMINE.id()).orElseThrow().fulfilment())
                    .isEqualTo(FulfilmentStatus.SHIPPED);
        }
    }

    @Nested
    class Cancellation {

        @Test
        void returns_the_stock_and_books_nothing() {
            Order order = taawon.cancelOrder().cancel(O1, hoursAfterT0(1));

            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.statusChangedAt()).isEqualTo(hoursAfterT0(1));
            assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(ARGAN_OIL_250.stock());
            assertThat(taawon.stock(DATES_MEJHOUL_1K)).isEqualTo(DATES_MEJHOUL_1K.stock());
            assertThat(taawon.ledger().all()).isEmpty();
            assertThat(taawon.totals().charged()).isEqualTo(mad(0));
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }

        @Test
        void a_paid_order_is_refunded_not_cancelled_and_a_cancelled_order_is_neither_paid_nor_cancelled_again() {
            taawon.placeOrder().place(anOrder().id("o-2").line(AMLOU_500, 1).request());
            taawon.payOrder().pay(OrderId.of("o-2"), hoursAfterT0(1));
            TaawonFixture.State before = taawon.snapshot();
            assertThat(reasonOf(() -> taawon.cancelOrder().cancel(OrderId.of("o-2"), hoursAfterT0(2)))).isEqualTo("ALREADY_PAID");
            assertThat(taawon.snapshot()).isEqualTo(before);

            taawon.cancelOrder().cancel(O1, hoursAfterT0(2));
            TaawonFixture.State cancelled = taawon.snapshot();
            assertThat(reasonOf(() -> taawon.payOrder().pay(O1, hoursAfterT0(3)))).isEqualTo("ORDER_CANCELLED");
            assertThat(reasonOf(() -> taawon.cancelOrder().cancel(O1, hoursAfterT0(3)))).isEqualTo("ORDER_CANCELLED");
            assertThat(reasonOf(() -> taawon.refund("o-1", hoursAfterT0(3), true, 0, 1))).isEqualTo("ORDER_NOT_PAID");
            assertThat(reasonOf(() -> taawon.cancelOrder().cancel(OrderId.of("nope"), hoursAfterT0(3)))).isEqualTo("UNKNOWN_ORDER");
            assertThat(taawon.snapshot()).isEqualTo(cancelled);
            assertThat(taawon.gateway().refunds()).isEmpty();
        }

        @Test
        void a_payment_that_succeeds_after_the_cancellation_is_refunded_in_full_once_and_books_nothing() {
            Money total = taawon.order("o-1").total();
            String late = taawon.gateway().startPayment(new PaymentGateway.PaymentRequest(O1, total,
                    PayOrder.idempotencyKey(O1), Map.of())).reference();
            taawon.cancelOrder().cancel(O1, hoursAfterT0(1));
            TaawonFixture.State cancelled = taawon.snapshot();

            ConfirmPayment.Confirmation first = taawon.confirmPayment().confirm(O1, late, hoursAfterT0(2));
            ConfirmPayment.Confirmation again = taawon.confirmPayment().confirm(O1, late, hoursAfterT0(3));

            assertThat(first.outcome()).isEqualTo(ConfirmPayment.Outcome.REFUNDED);
            assertThat(again.outcome()).isEqualTo(ConfirmPayment.Outcome.REFUNDED);
            assertThat(taawon.gateway().refunds()).containsExactly(new InMemoryPaymentGateway.RefundMade(late, total,
                    ConfirmPayment.idempotencyKey(O1, late)));
            assertThat(taawon.paymentRecords().find(late)).get().satisfies(r -> {
                assertThat(r.refunded()).isEqualTo(total);
                assertThat(r.status()).isEqualTo(PaymentGateway.PaymentStatus.SUCCEEDED);
            });
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(taawon.snapshot()).isEqualTo(cancelled);
        }
    }

    @Nested
    class Expiry {

        private final Duration timeout = Duration.ofMinutes(60);

        private ExpireUnpaidOrders expiry(Duration paymentTimeout) {
            return new ExpireUnpaidOrders(taawon.orders(), taawon.cancelOrder(), org.taawon.UnitOfWork.DIRECT,
                    taawon.clock(), paymentTimeout);
        }

        @Test
        void cancels_unpaid_card_orders_at_the_time_out_and_returns_their_stock() {
            taawon.placeOrder().place(anOrder().id("o-2").at(T0.plusSeconds(60)).line(AMLOU_500, 1).request());
            taawon.placeOrder().place(anOrder().id("o-3").at(T0.plusSeconds(30)).line(AMLOU_500, 2).request());
            taawon.payOrder().pay(OrderId.of("o-3"), T0.plusSeconds(40));

            assertThat(expiry(timeout).expireAt(T0.plus(timeout).minusNanos(1))).isZero();
            assertThat(expiry(timeout).expireAt(T0.plus(timeout))).isEqualTo(1);

            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(taawon.order("o-1").statusChangedAt()).isEqualTo(T0.plus(timeout));
            assertThat(taawon.order("o-2").status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(taawon.order("o-3").status()).isEqualTo(OrderStatus.PAID);
            assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(ARGAN_OIL_250.stock());
            assertThat(taawon.stock(AMLOU_500)).isEqualTo(AMLOU_500.stock() - 3);

            assertThat(expiry(timeout).expireAt(T0.plus(timeout).plusSeconds(60))).isEqualTo(1);
            assertThat(expiry(timeout).expireAt(T0.plus(timeout).plusSeconds(60))).isZero();
            assertThat(taawon.stock(AMLOU_500)).isEqualTo(AMLOU_500.stock() - 2);
            assertThat(reasonOf(() -> taawon.payOrder().pay(O1, T0.plus(timeout).plusSeconds(61)))).isEqualTo("ORDER_CANCELLED");
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }

        @Test
        void a_zero_time_out_never_expires_and_the_clock_drives_run() {
            assertThat(expiry(Duration.ZERO).expireAt(Instant.MAX)).isZero();
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

            taawon.clock().set(T0.plus(timeout));
            assertThat(expiry(timeout).run()).isEqualTo(1);
            assertThat(taawon.order("o-1").status()).isEqualTo(OrderStatus.CANCELLED);
        }

        @Test
        void expires_more_orders_than_one_batch_holds() {
            int orders = ExpireUnpaidOrders.BATCH * 2 + 7;
            taawon.with(AMLOU_500.restock(orders));
            for (int i = 0; i < orders; i++) {
                taawon.placeOrder().place(anOrder().id("bulk-" + i).at(T0.plusSeconds(i)).line(AMLOU_500, 1).request());
            }
            assertThat(taawon.stock(AMLOU_500)).isEqualTo(AMLOU_500.stock());

            assertThat(expiry(timeout).expireAt(T0.plus(timeout).plusSeconds(orders))).isEqualTo(orders + 1);
            assertThat(taawon.stock(AMLOU_500)).isEqualTo(AMLOU_500.stock() + orders);
        }

        @Test
        void a_negative_time_out_is_refused() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> expiry(Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
