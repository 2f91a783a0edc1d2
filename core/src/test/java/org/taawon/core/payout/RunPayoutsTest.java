package org.taawon.core.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.taawon.core.fixtures.Amounts.MAD;
import static org.taawon.core.fixtures.Amounts.T0;
import static org.taawon.core.fixtures.Amounts.hoursAfterT0;
import static org.taawon.core.fixtures.Amounts.mad;
import static org.taawon.core.fixtures.CooperativeBuilder.aCooperative;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.fixtures.ScriptedPayoutRail;
import org.taawon.core.fixtures.ScriptedPayoutRail.Answer;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.split.CommissionRule;
import org.taawon.core.split.FeeSchedule;
import org.taawon.core.split.SplitPolicy;

class RunPayoutsTest {

    /** No commission, no fee, a one-day hold: a cooperative earns exactly what it sells. */
    private static final SplitPolicy PLAIN = SplitPolicy.defaults(MAD)
            .withCommissionRule(CommissionRule.cooperativeRateOr(BasisPoints.ZERO))
            .withFee(new FeeSchedule(BasisPoints.ZERO, mad(0)))
            .withHold(Duration.ofDays(1));
    private static final Instant HOLD_OVER = T0.plus(Duration.ofDays(1));

    private static final Cooperative COOP_A = aCooperative().id("coop-a")
            .paidTo(new PayoutDestination.StripeAccount("acct_A")).build();
    private static final Cooperative COOP_B = aCooperative().id("coop-b").payoutMinimum(10_000).build();
    private static final Cooperative COOP_C = aCooperative().id("coop-c").build();
    private static final Product A = aProduct().sku("A").of("coop-a").price(5_000).stock(1000).build();
    private static final Product B = aProduct().sku("B").of("coop-b").price(5_000).stock(1000).build();
    private static final Product PENNY = aProduct().sku("PENNY").of("coop-c").price(1).stock(1000).build();

    private final ScriptedPayoutRail rail = new ScriptedPayoutRail();
    private final TaawonFixture taawon = TaawonFixture.builder().policy(PLAIN).rail(rail).build()
            .with(COOP_C, COOP_B, COOP_A).with(A, B, PENNY);

    private Money payable(Cooperative c, Instant at) {
        return taawon.ledger().balance(Account.payable(c.id()), MAD, at);
    }

    private Money paid(Cooperative c) {
        return taawon.ledger().balance(Account.paid(c.id()), MAD);
    }

    private Money inFlight(Cooperative c) {
        return taawon.ledger().balance(Account.inFlight(c.id()), MAD);
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
    class Balances {

        @Test
        void earnings_count_only_once_the_hold_is_over() {
            taawon.checkout(anOrder().id("o-1").line(A, 2));

            assertThat(taawon.payoutRun("r-1", HOLD_OVER.minusSeconds(1)).payouts()).isEmpty();
            PayoutRunReport report = taawon.payoutRun("r-2", HOLD_OVER);

            assertThat(report.payouts()).singleElement().satisfies(p -> {
                assertThat(p.cooperative()).isEqualTo(COOP_A.id());
                assertThat(p.amount()).isEqualTo(mad(10_000));
                assertThat(p.state()).isEqualTo(PayoutState.PAID);
                assertThat(p.destination()).isEqualTo(new PayoutDestination.StripeAccount("acct_A"));
            });
            assertThat(payable(COOP_A, HOLD_OVER)).isEqualTo(mad(0));
            assertThat(paid(COOP_A)).isEqualTo(mad(10_000));
            assertThat(inFlight(COOP_A)).isEqualTo(mad(0));
            assertThat(report.count(PayoutState.PAID)).isEqualTo(1);
            assertThat(report.pending()).isZero();
        }

        @Test
        void pays_at_least_one_minor_unit_and_nothing_below_a_cooperative_s_minimum() {
            taawon.checkout(anOrder().id("o-1").line(PENNY, 1).line(B, 1));

            PayoutRunReport first = taawon.payoutRun("r-1", HOLD_OVER);
            assertThat(first.payouts()).extracting(Payout::cooperative, Payout::amount)
                    .containsExactly(tuple(COOP_C.id(), mad(1)));
            assertThat(payable(COOP_B, HOLD_OVER)).as("5000 below its minimum of 10000 carries forward").isEqualTo(mad(5_000));

            taawon.checkout(anOrder().id("o-2").at(hoursAfterT0(1)).line(B, 1));
            assertThat(taawon.payoutRun("r-2", HOLD_OVER.plusSeconds(3599)).payouts()).isEmpty();
            assertThat(taawon.payoutRun("r-3", HOLD_OVER.plusSeconds(3600)).payouts())
                    .extracting(Payout::cooperative, Payout::amount)
                    .containsExactly(tuple(COOP_B.id(), mad(10_000)));
            assertThat(taawon.payoutRun("r-4", HOLD_OVER.plusSeconds(7200)).payouts()).as("nothing left").isEmpty();
        }

        @Test
        void a_negative_balance_is_carried_forward_and_offset_by_later_earnings() {
            taawon.checkout(anOrder().id("o-1").line(A, 2));
            taawon.payoutRun("r-1", HOLD_OVER);
            taawon.refund("o-1", HOLD_OVER.plusSeconds(60), false, 0, 2);
            assertThat(payable(COOP_A, HOLD_OVER.plusSeconds(60))).isEqualTo(mad(-10_000));
            assertThat(taawon.payoutRun("r-2", HOLD_OVER.plusSeconds(120)).payouts()).isEmpty();

            taawon.checkout(anOrder().id("o-2").at(HOLD_OVER.plusSeconds(180)).line(A, 3));
            PayoutRunReport report = taawon.payoutRun("r-3", HOLD_OVER.plus(Duration.ofDays(1)).plusSeconds(180));

            assertThat(report.payouts()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(mad(5_000)));
            assertThat(paid(COOP_A)).isEqualTo(mad(15_000));
        }

        @Test
        void pays_cooperatives_in_order_of_id() {
            taawon.checkout(anOrder().id("o-1").line(PENNY, 3).line(B, 2).line(A, 1));

            PayoutRunReport report = taawon.payoutRun("r-1", HOLD_OVER);

            assertThat(report.payouts()).extracting(Payout::cooperative)
                    .containsExactly(COOP_A.id(), COOP_B.id(), COOP_C.id());
            assertThat(rail.sends()).extracting(Payout::cooperative).containsExactly(COOP_A.id(), COOP_B.id(), COOP_C.id());
        }
    }

    @Nested
    class Resuming_and_rail_answers {

        @Test
        void a_run_resumed_by_its_id_pays_nobody_twice() {
            taawon.checkout(anOrder().id("o-1").line(A, 1).line(PENNY, 5));
            PayoutRunReport first = taawon.payoutRun("r-1", HOLD_OVER);
            taawon.checkout(anOrder().id("o-2").at(hoursAfterT0(1)).line(A, 1));

            PayoutRunReport again = taawon.payoutRun("r-1", HOLD_OVER);

            assertThat(again.payouts()).isEqualTo(first.payouts());
            assertThat(rail.sends()).hasSize(2);
            assertThat(paid(COOP_A)).isEqualTo(mad(5_000));
            assertThat(taawon.ledger().all()).filteredOn(t -> t.id().value().startsWith("payout:")).hasSize(2);
        }

        @Test
        void the_same_run_id_at_another_instant_is_refused_and_changes_nothing() {
            taawon.checkout(anOrder().id("o-1").line(A, 1));
            taawon.payoutRun("r-1", HOLD_OVER);
            TaawonFixture.State before = taawon.snapshot();

            assertThat(reasonOf(() -> taawon.payoutRun("r-1", HOLD_OVER.plusSeconds(1)))).isEqualTo("DUPLICATE_RUN");
            assertThat(taawon.snapshot()).isEqualTo(before);
        }

        @Test
        void a_new_run_earlier_than_an_accepted_run_is_refused_as_out_of_order_and_pays_nothing() {
            taawon.checkout(anOrder().id("o-1").line(A, 1));
            taawon.payoutRun("r-2", HOLD_OVER.plusSeconds(3600));
            TaawonFixture.State before = taawon.snapshot();

            // at HOLD_OVER the later run's payout does not count yet: paying from that balance would pay twice
            assertThat(reasonOf(() -> taawon.payoutRun("r-1", HOLD_OVER))).isEqualTo("OUT_OF_ORDER");
            assertThat(taawon.snapshot()).isEqualTo(before);
            assertThat(rail.sends()).hasSize(1);
            assertThat(paid(COOP_A)).isEqualTo(mad(5_000));
            assertThat(taawon.payoutRun("r-3", HOLD_OVER.plusSeconds(3600)).payouts()).as("same instant: in order").isEmpty();
        }

        @Test
        void resuming_a_run_after_a_later_run_plans_no_new_payout() {
            taawon.checkout(anOrder().id("o-1").line(B, 1));                   // 5000, below coop-b's minimum
            taawon.payoutRun("r-1", HOLD_OVER);
            taawon.with(COOP_B.withPayoutMinimum(mad(0)));
            taawon.payoutRun("r-2", HOLD_OVER.plusSeconds(3600));              // pays coop-b its 5000

            // at r-1's instant r-2's payout does not count yet: planning there would pay the 5000 twice
            assertThat(taawon.payoutRun("r-1", HOLD_OVER).payouts()).isEmpty();
            assertThat(paid(COOP_B)).isEqualTo(mad(5_000));
            assertThat(rail.sends()).hasSize(1);
        }

        @Test
        void a_failed_payout_returns_the_money_to_the_payable_balance_for_the_next_run() {
            rail.then(Answer.FAILED);
            taawon.checkout(anOrder().id("o-1").line(A, 1));

            Payout failed = taawon.payoutRun("r-1", HOLD_OVER).payouts().get(0);

            assertThat(failed.state()).isEqualTo(PayoutState.FAILED);
            assertThat(failed.failure()).contains("ACCOUNT_CLOSED");
            assertThat(payable(COOP_A, HOLD_OVER)).isEqualTo(mad(5_000));
            assertThat(inFlight(COOP_A)).isEqualTo(mad(0));
            assertThat(paid(COOP_A)).isEqualTo(mad(0));
            assertThat(taawon.ledger().totalsByKind(Account.payable(COOP_A.id()), MAD))
                    .containsEntry(EntryKind.PAYOUT, mad(-5_000)).containsEntry(EntryKind.PAYOUT_RETURNED, mad(5_000));

            Payout retried = taawon.payoutRun("r-2", HOLD_OVER.plusSeconds(60)).payouts().get(0);
            assertThat(retried.state()).isEqualTo(PayoutState.PAID);
            assertThat(retried.amount()).isEqualTo(mad(5_000));
            assertThat(paid(COOP_A)).isEqualTo(mad(5_000));
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }

        @Test
        void a_sent_payout_stays_in_flight_until_the_rail_confirms_it() {
            rail.then(Answer.SENT);
            taawon.checkout(anOrder().id("o-1").line(A, 1));

            Payout sent = taawon.payoutRun("r-1", HOLD_OVER).payouts().get(0);
            assertThat(sent.state()).isEqualTo(PayoutState.SENT);
            assertThat(inFlight(COOP_A)).isEqualTo(mad(5_000));
            taawon.payoutRun("r-1", HOLD_OVER);
            assertThat(rail.sends()).as("a SENT payout is not sent again").hasSize(1);

            PayoutDispatch dispatch = new PayoutDispatch(taawon.ledger(), taawon.payouts(), rail, UnitOfWork.DIRECT,
                    taawon.clock());
            Payout confirmed = dispatch.record(sent.id(), PayoutRail.Outcome.paid("bank-file-7"));
            assertThat(confirmed.state()).isEqualTo(PayoutState.PAID);
            assertThat(confirmed.railReference()).contains("bank-file-7");
            assertThat(inFlight(COOP_A)).isEqualTo(mad(0));
            assertThat(paid(COOP_A)).isEqualTo(mad(5_000));
            assertThat(dispatch.record(sent.id(), PayoutRail.Outcome.failed("LATE"))).isEqualTo(confirmed);
            assertThat(taawon.ledger().contains(TransactionId.of("payout-paid:" + sent.id().value()))).isTrue();
        }

        @Test
        void a_payout_caught_sending_is_looked_up_at_the_rail_before_it_is_sent_again() {
            rail.then(Answer.CRASH_AFTER_PAYING);
            taawon.checkout(anOrder().id("o-1").line(A, 1));

            // The rail could not answer: the run goes on and leaves the payout SENDING for recovery.
            assertThat(taawon.payoutRun("r-1", HOLD_OVER).pending()).isEqualTo(1);
            PayoutId id = PayoutId.of(PayoutRunId.of("r-1"), COOP_A.id());
            assertThat(taawon.payouts().get(id).state()).isEqualTo(PayoutState.SENDING);
            assertThat(taawon.payouts().inState(PayoutState.SENDING)).extracting(Payout::id).containsExactly(id);

            Payout resumed = taawon.payoutRun("r-1", HOLD_OVER).payouts().get(0);

            assertThat(resumed.state()).isEqualTo(PayoutState.PAID);
            assertThat(rail.sends()).as("found at the rail, not sent twice").hasSize(1);
            assertThat(paid(COOP_A)).isEqualTo(mad(5_000));
        }

        @Test
        void a_payout_the_rail_never_saw_is_sent_again_and_paid_once() {
            rail.then(Answer.CRASH_BEFORE_PAYING);
            taawon.checkout(anOrder().id("o-1").line(A, 1));
            // The rail could not answer: the run goes on and leaves the payout SENDING for recovery.
            assertThat(taawon.payoutRun("r-1", HOLD_OVER).pending()).isEqualTo(1);

            Payout resumed = taawon.payoutRun("r-1", HOLD_OVER).payouts().get(0);

            assertThat(resumed.state()).isEqualTo(PayoutState.PAID);
            assertThat(rail.sends()).hasSize(2);
            assertThat(resumed.attempts()).isEqualTo(1);
            assertThat(paid(COOP_A)).isEqualTo(mad(5_000));
            assertThat(taawon.payouts().forCooperative(COOP_A.id())).hasSize(1);
            assertThat(taawon.trialBalance().isZero()).isTrue();
        }

        @Test
        void payouts_move_through_their_states_and_refuse_to_go_back() {
            Payout planned = Payout.planned(PayoutRunId.of("r-1"), CooperativeId.of("coop-a"), mad(5), new PayoutDestination.None(), T0);
            assertThat(planned.sending().sent("ref").paid("ref").state()).isEqualTo(PayoutState.PAID);
            assertThat(reasonOf(() -> planned.sent("ref"))).isEqualTo("INVALID_PAYOUT_STATE");
            assertThat(reasonOf(() -> planned.sending().sent("x").paid("x").failed("late"))).isEqualTo("INVALID_PAYOUT_STATE");
            assertThat(List.of(PayoutState.PAID, PayoutState.FAILED)).allMatch(PayoutState::isFinal);
        }
    }
}
