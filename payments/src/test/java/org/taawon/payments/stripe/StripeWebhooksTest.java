package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.PaymentRecord;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;

import com.google.gson.JsonObject;

class StripeWebhooksTest {

    private static final Money ZERO = Money.zero(WebhookWorld.MAD);

    private StripeStandIn standIn;
    private WebhookWorld world;
    private int events;

    @BeforeEach
    void start() throws Exception {
        standIn = StripeStandIn.start();
        world = new WebhookWorld(standIn, 2, 2);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private WebhookOutcome deliver(String type, JsonObject object) {
        return deliver(type, object, Instant.parse("2026-03-20T10:00:00Z"));
    }

    private WebhookOutcome deliver(String type, JsonObject object, Instant created) {
        String payload = StripeEvents.event("evt_" + (++events), type, created, object);
        return world.webhooks.handle(payload, StripeEvents.sign(payload, WebhookWorld.SECRET, WebhookWorld.NOW));
    }

    private WebhookWorld.Placed order(int i) {
        return world.placed.get(i);
    }

    private JsonObject intent(WebhookWorld.Placed placed, String status) {
        return StripeEvents.paymentIntent(placed.paymentIntent(), placed.order().id().value(),
                placed.order().total().minor(), status);
    }

    private OrderStatus status(WebhookWorld.Placed placed) {
        return world.orders.get(placed.order().id()).status();
    }

    @Nested
    class Signatures {

        private final String payload = StripeEvents.event("evt_sig", "customer.created", WebhookWorld.NOW, new JsonObject());

        @Test
        void the_previous_secret_is_still_accepted_during_rotation_and_any_other_is_not() {
            assertThat(world.webhooks.handle(payload, StripeEvents.sign(payload, WebhookWorld.PREVIOUS_SECRET,
                    WebhookWorld.NOW)).status()).isEqualTo(WebhookOutcome.Status.IGNORED);
            assertThatThrownBy(() -> world.webhooks.handle(payload, StripeEvents.sign(payload, "whsec_other", WebhookWorld.NOW)))
                    .isExactlyInstanceOf(InvalidWebhookException.class);
        }

        @Test
        void timestamps_are_accepted_up_to_the_tolerance_on_both_sides_and_refused_beyond() {
            Duration tolerance = StripeWebhooks.DEFAULT_TOLERANCE;
            for (Instant at : new Instant[] {WebhookWorld.NOW.minus(tolerance), WebhookWorld.NOW.plus(tolerance)}) {
                String body = StripeEvents.event("evt_" + at.getEpochSecond(), "customer.created", at, new JsonObject());
                assertThat(world.webhooks.handle(body, StripeEvents.sign(body, WebhookWorld.SECRET, at)).status())
                        .isEqualTo(WebhookOutcome.Status.IGNORED);
            }
            for (Instant at : new Instant[] {WebhookWorld.NOW.minus(tolerance).minusSeconds(1),
                    WebhookWorld.NOW.plus(tolerance).plusSeconds(1)}) {
                assertThatThrownBy(() -> world.webhooks.handle(payload, StripeEvents.sign(payload, WebhookWorld.SECRET, at)))
                        .isExactlyInstanceOf(InvalidWebhookException.class)
                        .hasMessageContaining(at.isAfter(WebhookWorld.NOW) ? "future" : "");
            }
        }

        @Test
        void the_raw_bytes_are_what_is_verified() {
            String header = StripeEvents.sign(payload, WebhookWorld.SECRET, WebhookWorld.NOW);
            assertThat(world.webhooks.handle(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), header).eventId())
                    .isEqualTo("evt_sig");
            assertThatThrownBy(() -> world.webhooks.handle(payload.replace("evt_sig", "evt_siG"), header))
                    .isExactlyInstanceOf(InvalidWebhookException.class);
        }
    }

    @Nested
    class Payments {

        @Test
        void a_succeeded_payment_confirms_the_order_once_however_often_it_is_delivered() {
            String payload = StripeEvents.event("evt_paid", "payment_intent.succeeded", WebhookWorld.NOW, intent(order(0), "succeeded"));
            String header = StripeEvents.sign(payload, WebhookWorld.SECRET, WebhookWorld.NOW);

            assertThat(world.webhooks.handle(payload, header).status()).isEqualTo(WebhookOutcome.Status.APPLIED);
            assertThat(world.webhooks.handle(payload, header).status()).isEqualTo(WebhookOutcome.Status.DUPLICATE);
            assertThat(status(order(0))).isEqualTo(OrderStatus.PAID);
            assertThat(world.orders.get(order(0).order().id()).paymentReference()).contains(order(0).paymentIntent());
        }

        @Test
        void an_event_written_for_another_api_version_is_still_read() {
            String payload = StripeEvents.event("evt_old", "payment_intent.succeeded", WebhookWorld.NOW,
                    intent(order(0), "succeeded"), StripeEvents.OLD_API_VERSION);
            world.webhooks.handle(payload, StripeEvents.sign(payload, WebhookWorld.SECRET, WebhookWorld.NOW));
            assertThat(status(order(0))).isEqualTo(OrderStatus.PAID);
        }

        @Test
        void a_failed_payment_cancels_the_order_and_returns_its_stock() {
            long before = world.products.get(Sku.of("SKU-0")).stock();
            deliver("payment_intent.payment_failed", intent(order(0), "requires_payment_method"));

            assertThat(status(order(0))).isEqualTo(OrderStatus.CANCELLED);
            assertThat(world.products.get(Sku.of("SKU-0")).stock()).isGreaterThan(before);
        }

        @Test
        void a_failure_reported_after_the_success_changes_nothing() {
            deliver("payment_intent.succeeded", intent(order(0), "succeeded"));
            deliver("payment_intent.payment_failed", intent(order(0), "requires_payment_method"));

            assertThat(status(order(0))).isEqualTo(OrderStatus.PAID);
            assertThat(world.records.find(order(0).paymentIntent())).map(PaymentRecord::status).contains(PaymentStatus.SUCCEEDED);
        }

        @Test
        void a_refund_reported_before_the_success_confirms_the_payment_and_keeps_the_refunded_total() {
            long total = order(0).order().total().minor();
            deliver("charge.refunded", StripeEvents.charge("ch_1", order(0).paymentIntent(), order(0).order().id().value(), total, 500));
            deliver("payment_intent.succeeded", intent(order(0), "succeeded"));

            assertThat(status(order(0))).isEqualTo(OrderStatus.PAID);
            assertThat(world.records.find(order(0).paymentIntent())).map(PaymentRecord::refunded)
                    .contains(Money.of(500, WebhookWorld.MAD));
        }
    }

    @Nested
    class Disputes {

        @Test
        void an_opened_dispute_holds_its_amount_from_the_cooperatives_and_a_won_one_gives_it_back() {
            deliver("payment_intent.succeeded", intent(order(0), "succeeded"));
            Instant opened = Instant.parse("2026-03-21T00:00:00Z");
            long amount = order(0).order().total().minor();
            Money before = payables();

            deliver("charge.dispute.created", StripeEvents.dispute("du_1", order(0).paymentIntent(), amount, "needs_response", opened));
            assertThat(before.minus(payables())).isEqualTo(Money.of(amount, WebhookWorld.MAD));

            deliver("charge.dispute.closed", StripeEvents.dispute("du_1", order(0).paymentIntent(), amount, "won", opened));
            assertThat(payables()).isEqualTo(before);
        }

        @Test
        void a_lost_dispute_is_a_debt_the_next_payout_run_nets_against_later_earnings() {
            deliver("payment_intent.succeeded", intent(order(0), "succeeded"));
            CooperativeId coop = CooperativeId.of("coop-00");
            Instant opened = Instant.parse("2026-03-21T00:00:00Z");
            Money owed = Money.of(1_000, WebhookWorld.MAD);
            Money payableBefore = world.ledger.balance(Account.payable(coop), WebhookWorld.MAD);
            JsonObject lost = StripeEvents.dispute("du_2", order(0).paymentIntent(), 1_000, "lost", opened);

            // The closing arrives first: the hold is recorded for it.
            deliver("charge.dispute.closed", lost);
            deliver("charge.dispute.created", StripeEvents.dispute("du_2", order(0).paymentIntent(), 1_000, "needs_response", opened));

            Money share = payableBefore.minus(world.ledger.balance(Account.payable(coop), WebhookWorld.MAD));
            assertThat(share.isPositive()).isTrue();
            assertThat(share).isLessThanOrEqualTo(owed);
            assertThat(world.ledger.totalsByKind(Account.payable(coop), WebhookWorld.MAD))
                    .containsEntry(EntryKind.DISPUTE_LOSS, share.negate()).doesNotContainKey(EntryKind.DISPUTE_RELEASE);

            WebhookWorld.Placed later = world.placeLater("o-later", 2, Instant.parse("2026-03-22T00:00:00Z"));
            deliver("payment_intent.succeeded", intent(later, "succeeded"));
            Money earned = world.ledger.balance(Account.payable(coop), WebhookWorld.MAD).minus(payableBefore).plus(share);
            world.runPayouts.run(PayoutRunId.of("run-2026-04-01"), Instant.parse("2026-04-01T00:00:00Z"));

            Payout payout = world.payouts.get(new org.taawon.core.payout.PayoutId("run-2026-04-01/coop-00"));
            assertThat(payout.amount()).isEqualTo(payableBefore.plus(earned).minus(share));
        }

        private Money payables() {
            return world.ledger.balance(Account.payable(CooperativeId.of("coop-00")), WebhookWorld.MAD)
                    .plus(world.ledger.balance(Account.payable(CooperativeId.of("coop-01")), WebhookWorld.MAD));
        }
    }

    @Nested
    class Transfers {

        @Test
        void a_reversed_transfer_fails_its_payout_and_returns_the_money_to_the_balance() {
            Payout payout = world.allPayouts().get(0);
            CooperativeId coop = payout.cooperative();
            Money payable = world.ledger.balance(Account.payable(coop), WebhookWorld.MAD);

            deliver("transfer.reversed", StripeEvents.transfer(payout.railReference().orElseThrow(), payout.id().value(),
                    payout.amount().minor(), true));

            assertThat(world.payouts.get(payout.id()).state()).isEqualTo(PayoutState.FAILED);
            assertThat(world.payouts.get(payout.id()).failure()).contains(TransferEvents.REVERSED);
            assertThat(world.ledger.balance(Account.payable(coop), WebhookWorld.MAD)).isEqualTo(payable.plus(payout.amount()));
            assertThat(world.ledger.balance(Account.paid(coop), WebhookWorld.MAD)).isEqualTo(ZERO);
        }

        @Test
        void events_about_unknown_payouts_or_types_are_ignored_but_remembered() {
            assertThat(deliver("transfer.created", StripeEvents.transfer("tr_x", "run-x/coop-x", 100, false)).status())
                    .isEqualTo(WebhookOutcome.Status.APPLIED);
            assertThat(deliver("customer.created", new JsonObject()).status()).isEqualTo(WebhookOutcome.Status.IGNORED);
            assertThat(world.processed.size()).isEqualTo(2);
        }
    }
}
