package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.ledger.Account;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail.Outcome;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.PayoutState;
import org.taawon.payments.PayoutFixture;
import org.taawon.payments.stripe.StripeStandIn.Fault;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;

import com.stripe.Stripe;

import mockwebserver3.RecordedRequest;

class StripeTransferRailTest {

    private static final PayoutRunId RUN = PayoutRunId.of("run-1");
    private static final Money AMOUNT = Money.of(123_456, PayoutFixture.MAD);

    private StripeStandIn standIn;
    private FakeTime time;
    private StripeTransferRail rail;

    @BeforeEach
    void start() throws Exception {
        standIn = StripeStandIn.start();
        time = new FakeTime();
        rail = rail(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 4));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private StripeTransferRail rail(Backoff backoff) {
        StripeConnection connection = StripeConnection.of("sk_test_taawon").withApiBase(standIn.apiBase())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));
        return new StripeTransferRail(connection.client(),
                new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, time::nanoTime, time), backoff, time);
    }

    private static Payout sending(String account) {
        return Payout.planned(RUN, CooperativeId.of("coop-argan"), AMOUNT, new PayoutDestination.StripeAccount(account),
                PayoutFixture.RUN_AT).sending();
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        for (int i = standIn.counts().requests(); i > 0; i--) {
            all.add(standIn.takeRequest());
        }
        return all;
    }

    private static String key(RecordedRequest request) {
        return request.getHeaders().get("Idempotency-Key");
    }

    @Test
    void a_transfer_request_is_a_form_post_with_key_version_group_metadata_and_destination() throws Exception {
        Outcome outcome = rail.send(sending("acct_1Argan"));

        RecordedRequest request = standIn.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/transfers");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getHeaders().get("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_taawon");
        assertThat(key(request)).isEqualTo("taawon-payout-run-1/coop-argan-attempt-1");
        assertThat(StripeStandIn.form(request.getBody().utf8())).containsAllEntriesOf(Map.of(
                "amount", "123456",
                "currency", "mad",
                "destination", "acct_1Argan",
                "transfer_group", "run-1/coop-argan",
                "metadata[payout_id]", "run-1/coop-argan",
                "metadata[run_id]", "run-1",
                "metadata[cooperative_id]", "coop-argan"));
        assertThat(outcome).isEqualTo(Outcome.paid("tr_1"));
    }

    @Test
    void the_key_follows_the_attempt_number_of_the_saved_payout() {
        Payout second = new Payout(sending("acct_1").id(), RUN, CooperativeId.of("coop-argan"), AMOUNT,
                new PayoutDestination.StripeAccount("acct_1"), PayoutState.SENDING, PayoutFixture.RUN_AT, 2,
                Optional.empty(), Optional.empty());
        assertThat(StripeTransferRail.idempotencyKey(second, 0)).isEqualTo("taawon-payout-run-1/coop-argan-attempt-2");
        assertThat(StripeTransferRail.idempotencyKey(second, 1)).isEqualTo("taawon-payout-run-1/coop-argan-attempt-2.1");
    }

    @Nested
    class Faults {

        @Test
        void a_429_is_retried_with_the_same_key_after_a_backoff() throws Exception {
            standIn.scripting(Duration.ZERO, Fault.RATE_LIMIT, Fault.RATE_LIMIT);

            assertThat(rail.send(sending("acct_1")).status()).isEqualTo(PayoutState.PAID);

            List<RecordedRequest> requests = requests();
            assertThat(requests).hasSize(3).extracting(StripeTransferRailTest::key).containsOnly(key(requests.get(0)));
            assertThat(standIn.transfers()).hasSize(1);
            assertThat(time.slept()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }

        @Test
        void a_stored_500_is_resolved_by_listing_the_group_then_retried_under_the_next_key() throws Exception {
            standIn.scripting(Duration.ZERO, Fault.ERROR_BEFORE);

            assertThat(rail.send(sending("acct_1"))).isEqualTo(Outcome.paid("tr_1"));

            List<RecordedRequest> requests = requests();
            assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET", "POST");
            assertThat(requests.get(1).getUrl().queryParameter("transfer_group")).isEqualTo("run-1/coop-argan");
            assertThat(key(requests.get(2))).isEqualTo(key(requests.get(0)) + ".1");
            assertThat(standIn.transfers()).hasSize(1);
        }

        @Test
        void a_500_stored_after_the_transfer_was_made_finds_it_by_listing_and_sends_nothing_more() throws Exception {
            standIn.scripting(Duration.ZERO, Fault.ERROR_AFTER);

            assertThat(rail.send(sending("acct_1"))).isEqualTo(Outcome.paid("tr_1"));

            assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
            assertThat(standIn.transfers()).hasSize(1);
        }

        @Test
        void an_answer_lost_to_a_timeout_after_the_transfer_was_made_is_found_by_listing() throws Exception {
            standIn.scripting(Duration.ofMillis(900), Fault.TIMEOUT_AFTER);

            assertThat(rail.send(sending("acct_1"))).isEqualTo(Outcome.paid("tr_1"));

            assertThat(standIn.transfers()).hasSize(1);
            assertThat(standIn.counts().delayed()).isEqualTo(1);
        }

        @Test
        void a_dropped_answer_never_makes_a_second_transfer() {
            standIn.scripting(Duration.ZERO, Fault.DROP_AFTER);

            assertThat(rail.send(sending("acct_1"))).isEqualTo(Outcome.paid("tr_1"));

            assertThat(standIn.transfers()).hasSize(1);
        }

        @Test
        void answers_dropped_twice_in_a_row_are_resolved_by_listing_the_group() {
            // The JDK repeats a POST once by itself when its answer is cut off; the second cut reaches the rail.
            standIn.scripting(Duration.ZERO, Fault.DROP_AFTER, Fault.DROP_AFTER);

            assertThat(rail.send(sending("acct_1"))).isEqualTo(Outcome.paid("tr_1"));

            assertThat(standIn.transfers()).hasSize(1);
            assertThat(standIn.counts().dropped()).isEqualTo(2);
        }

        @Test
        void when_retries_run_out_the_payout_is_left_for_a_later_look_up_with_a_typed_error() {
            standIn.scripting(Duration.ZERO, Fault.RATE_LIMIT, Fault.RATE_LIMIT, Fault.RATE_LIMIT);
            StripeTransferRail impatient = rail(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2));

            assertThatThrownBy(() -> impatient.send(sending("acct_1")))
                    .isInstanceOfSatisfying(StripeCallException.class,
                            e -> assertThat(e.reason()).isEqualTo(StripeCallException.UNAVAILABLE));
            assertThat(standIn.transfers()).isEmpty();
        }
    }

    @Nested
    class Refusals {

        @Test
        void an_invalid_account_fails_the_payout_and_returns_its_money_to_the_balance() {
            standIn.refusingAccount("acct_closed");
            PayoutFixture fixture = new PayoutFixture()
                    .cooperative("coop-a", new PayoutDestination.StripeAccount("acct_closed"), 50_000)
                    .cooperative("coop-b", new PayoutDestination.StripeAccount("acct_open"), 60_000);

            PayoutRunReport report = fixture.runPayouts(rail).run(RUN, PayoutFixture.RUN_AT);

            assertThat(report.payouts()).extracting(Payout::state).containsExactly(PayoutState.FAILED, PayoutState.PAID);
            assertThat(report.payouts().get(0).failure()).contains("STRIPE_ACCOUNT_INVALID");
            assertThat(fixture.balance(Account.payable(CooperativeId.of("coop-a")))).isEqualTo(Money.of(50_000, PayoutFixture.MAD));
            assertThat(fixture.balance(Account.inFlight(CooperativeId.of("coop-a")))).isEqualTo(Money.zero(PayoutFixture.MAD));
            assertThat(standIn.transfers()).hasSize(1);
        }

        @Test
        void a_cooperative_without_a_stripe_account_is_not_sent() {
            Payout bank = Payout.planned(RUN, CooperativeId.of("coop-a"), AMOUNT,
                    new PayoutDestination.BankAccount("011519000001205000534921", "A"), PayoutFixture.RUN_AT).sending();
            assertThat(rail.send(bank)).isEqualTo(Outcome.failed("NO_STRIPE_ACCOUNT"));
            assertThat(standIn.counts().requests()).isZero();
        }
    }

    @Test
    void look_up_finds_the_transfer_of_the_payouts_group_or_nothing() throws Exception {
        Payout payout = sending("acct_1");
        assertThat(rail.lookUp(payout)).isEmpty();
        rail.send(payout);
        assertThat(rail.lookUp(payout)).contains(Outcome.paid("tr_1"));
    }
}
