package org.taawon.persistence.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.ARGAN;
import static org.taawon.persistence.Fixtures.RUGS;
import static org.taawon.persistence.Fixtures.T0;
import static org.taawon.persistence.Fixtures.mad;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.money.TaawonException;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutException;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.WorkerId;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link Payouts} contract, on every adapter. */
class PayoutsContractTest {

    private static final PayoutRunId WEEK_1 = PayoutRunId.of("2026-03-08");
    private static final PayoutRunId WEEK_2 = PayoutRunId.of("2026-03-15");

    private static String reason(Throwable e) {
        return ((TaawonException) e).reason();
    }

    private static Payout planned(PayoutRunId run, CooperativeId cooperative, long amount, long days) {
        return Payout.planned(run, cooperative, mad(amount), new PayoutDestination.StripeAccount("acct_" + cooperative.value()),
                T0.plus(Duration.ofDays(days)));
    }

    @OnEveryAdapter
    void runs_are_found_and_listed_by_instant_then_in_the_order_added(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        payouts.addRun(new PayoutRun(WEEK_2, T0.plus(Duration.ofDays(14))));
        payouts.addRun(new PayoutRun(PayoutRunId.of("z-extra"), T0.plus(Duration.ofDays(7))));
        payouts.addRun(new PayoutRun(WEEK_1, T0.plus(Duration.ofDays(7))));

        assertThat(payouts.findRun(WEEK_1)).contains(new PayoutRun(WEEK_1, T0.plus(Duration.ofDays(7))));
        assertThat(payouts.findRun(PayoutRunId.of("never"))).isEmpty();
        assertThat(payouts.runs()).extracting(r -> r.id().value()).containsExactly("z-extra", "2026-03-08", "2026-03-15");
    }

    @OnEveryAdapter
    void a_run_id_is_recorded_once(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        payouts.addRun(new PayoutRun(WEEK_1, T0));

        assertThatThrownBy(() -> payouts.addRun(new PayoutRun(WEEK_1, T0.plusSeconds(1))))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(PayoutException.DUPLICATE_RUN));
        assertThat(payouts.runs()).containsExactly(new PayoutRun(WEEK_1, T0));
    }

    @OnEveryAdapter
    void a_payout_keeps_every_state_it_is_given(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        payouts.addRun(new PayoutRun(WEEK_1, T0));
        Payout payout = planned(WEEK_1, ARGAN, 9000, 7);
        payouts.add(payout);
        Payout sent = payout.sending().sent("tr_1");
        payouts.update(sent);
        Payout failed = Payout.planned(WEEK_1, RUGS, mad(100), new PayoutDestination.BankAccount("MA64011519000001205000534921", "Aït"),
                T0.plus(Duration.ofDays(7))).sending().failed("ACCOUNT_CLOSED");
        payouts.add(failed);

        assertThat(payouts.get(payout.id())).isEqualTo(sent);
        assertThat(payouts.find(failed.id())).contains(failed);
        assertThat(payouts.inState(PayoutState.SENT)).containsExactly(sent);
        assertThat(payouts.inState(PayoutState.PLANNED)).isEmpty();
    }

    @OnEveryAdapter
    void a_run_pays_a_cooperative_at_most_once(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        payouts.addRun(new PayoutRun(WEEK_1, T0));
        payouts.add(planned(WEEK_1, ARGAN, 9000, 7));

        assertThatThrownBy(() -> payouts.add(planned(WEEK_1, ARGAN, 1, 7)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(PayoutException.INVALID_STATE));
        assertThat(payouts.forRun(WEEK_1)).extracting(Payout::amount).containsExactly(mad(9000));
    }

    @OnEveryAdapter
    void updating_an_unknown_payout_is_refused(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();

        assertThatThrownBy(() -> payouts.update(planned(WEEK_1, ARGAN, 9000, 7)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(PayoutException.UNKNOWN_PAYOUT));
        assertThat(payouts.find(PayoutId.of(WEEK_1, ARGAN))).isEmpty();
    }

    @OnEveryAdapter
    void payouts_are_listed_by_run_in_cooperative_order_and_by_cooperative_in_run_order(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        payouts.addRun(new PayoutRun(WEEK_1, T0.plus(Duration.ofDays(7))));
        payouts.addRun(new PayoutRun(WEEK_2, T0.plus(Duration.ofDays(14))));
        payouts.add(planned(WEEK_2, ARGAN, 300, 14));
        payouts.add(planned(WEEK_1, RUGS, 200, 7));
        payouts.add(planned(WEEK_1, ARGAN, 100, 7));

        assertThat(payouts.forRun(WEEK_1)).extracting(p -> p.cooperative().value()).containsExactly("coop-argan", "coop-rugs");
        assertThat(payouts.forCooperative(ARGAN)).extracting(Payout::amount).containsExactly(mad(100), mad(300));
    }

    private static final WorkerId ONE = WorkerId.of("worker-1");
    private static final WorkerId TWO = WorkerId.of("worker-2");
    private static final WorkerId THREE = WorkerId.of("worker-3");

    private static List<Payout> threePlanned(Payouts payouts) {
        payouts.addRun(new PayoutRun(WEEK_1, T0));
        List<Payout> planned = List.of(planned(WEEK_1, ARGAN, 100, 0), planned(WEEK_1, RUGS, 200, 0),
                planned(WEEK_1, CooperativeId.of("coop-sewing"), 300, 0));
        payouts.addAll(planned);
        return planned;
    }

    private static List<String> ids(List<Payout> payouts) {
        return payouts.stream().map(p -> p.id().value()).toList();
    }

    @OnEveryAdapter
    void a_claim_takes_due_payouts_and_another_worker_gets_them_only_once_the_lease_ran_out(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        List<Payout> planned = threePlanned(payouts);
        Instant lease = T0.plusSeconds(60);

        List<Payout> first = payouts.claim(ONE, Optional.of(WEEK_1), T0, lease, 2, List.of());
        List<Payout> second = payouts.claim(TWO, Optional.empty(), T0, lease, 5, List.of());

        assertThat(first).hasSize(2).allMatch(p -> p.state() == PayoutState.PLANNED);
        assertThat(second).hasSize(1);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
        assertThat(ids(planned)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(ids(first).stream(), ids(second).stream()).toList());
        assertThat(payouts.claim(THREE, Optional.empty(), T0.plusSeconds(59), lease, 5, List.of())).as("leases still hold").isEmpty();
        assertThat(ids(payouts.claim(THREE, Optional.empty(), T0.plusSeconds(60), lease.plusSeconds(60), 5,
                List.of(second.get(0).id())))).as("lapsed leases are taken over, skipped ones left")
                .containsExactlyElementsOf(ids(first));
    }

    @OnEveryAdapter
    void a_worker_takes_its_own_claims_back_at_once_and_final_or_sent_payouts_are_never_claimed(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        List<Payout> planned = threePlanned(payouts);
        payouts.update(planned.get(1).sending().sent("tr_2"));
        payouts.update(planned.get(2).sending().paid("tr_3"));
        payouts.claim(ONE, Optional.empty(), T0, T0.plusSeconds(600), 5, List.of());

        assertThat(ids(payouts.claim(ONE, Optional.empty(), T0.plusSeconds(1), T0.plusSeconds(601), 5, List.of())))
                .containsExactly(planned.get(0).id().value());
        assertThat(payouts.claim(ONE, Optional.of(WEEK_2), T0.plusSeconds(1), T0.plusSeconds(601), 5, List.of())).isEmpty();
    }

    @OnEveryAdapter
    void a_released_payout_is_claimable_at_once_or_rests_until_the_given_instant(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        List<Payout> planned = threePlanned(payouts);
        List<Payout> claimed = payouts.claim(ONE, Optional.empty(), T0, T0.plusSeconds(600), 5, List.of());
        payouts.release(List.of(planned.get(0).id()), ONE, Optional.empty());
        payouts.release(List.of(planned.get(1).id()), ONE, Optional.of(T0.plusSeconds(30)));
        payouts.release(List.of(planned.get(2).id()), TWO, Optional.empty());

        assertThat(claimed).hasSize(3);
        assertThat(ids(payouts.claim(TWO, Optional.empty(), T0.plusSeconds(1), T0.plusSeconds(600), 5, List.of())))
                .as("only the one released at once; another worker cannot release a claim")
                .containsExactly(planned.get(0).id().value());
        assertThat(ids(payouts.claim(ONE, Optional.empty(), T0.plusSeconds(29), T0.plusSeconds(600), 5, List.of())))
                .as("resting: not even the worker that released it gets it, only its own claim")
                .containsExactly(planned.get(2).id().value());
        assertThat(ids(payouts.claim(ONE, Optional.empty(), T0.plusSeconds(30), T0.plusSeconds(600), 5, List.of())))
                .containsExactly(planned.get(1).id().value(), planned.get(2).id().value());
    }

    @OnEveryAdapter
    void lock_claimed_keeps_only_payouts_the_worker_still_holds_and_extends_their_lease(Adapter adapter) {
        Payouts payouts = adapter.open().payouts();
        List<Payout> planned = threePlanned(payouts);
        List<PayoutId> all = planned.stream().map(Payout::id).toList();
        payouts.claim(ONE, Optional.empty(), T0, T0.plusSeconds(10), 2, List.of());

        List<Payout> held = payouts.lockClaimed(all, ONE, T0.plusSeconds(5), T0.plusSeconds(100));

        assertThat(held).hasSize(2);
        assertThat(payouts.lockClaimed(all, TWO, T0.plusSeconds(5), T0.plusSeconds(100))).isEmpty();
        assertThat(payouts.claim(TWO, Optional.empty(), T0.plusSeconds(50), T0.plusSeconds(150), 5, List.of()))
                .as("the extended lease holds past the first one").hasSize(1);
        assertThat(payouts.lockClaimed(all, ONE, T0.plusSeconds(100), T0.plusSeconds(200)))
                .as("a lease that ran out is not held").isEmpty();
        assertThat(ids(payouts.lock(List.of(all.get(2), all.get(0), PayoutId.of(WEEK_2, ARGAN)))))
                .containsExactly(all.get(0).value(), all.get(2).value());
    }

    @OnEveryAdapter
    void a_claim_skips_payouts_another_transaction_holds_instead_of_waiting(Adapter adapter) throws Exception {
        Adapter.Ports ports = adapter.open();
        if (adapter == Adapter.IN_MEMORY) {
            return; // no transactions in memory
        }
        Payouts payouts = ports.payouts();
        List<Payout> planned = threePlanned(payouts);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<List<Payout>> holder = CompletableFuture.supplyAsync(() -> ports.transactions().inTransaction(() -> {
            List<Payout> mine = payouts.claim(ONE, Optional.empty(), T0, T0.plusSeconds(600), 1, List.of());
            locked.countDown();
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return mine;
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        // The first claim is not committed yet: its row is locked, the others are free.
        List<Payout> others = CompletableFuture.supplyAsync(() -> ports.transactions().inTransaction(
                () -> payouts.claim(TWO, Optional.empty(), T0, T0.plusSeconds(600), 5, List.of()))).get(30, TimeUnit.SECONDS);
        done.countDown();
        List<Payout> mine = holder.get(30, TimeUnit.SECONDS);

        assertThat(mine).hasSize(1);
        assertThat(others).hasSize(2);
        assertThat(ids(others)).doesNotContainAnyElementsOf(ids(mine));
        assertThat(ids(planned)).hasSize(3);
    }

    @OnEveryAdapter
    void planning_instances_queue_on_the_lock_on_runs(Adapter adapter) throws Exception {
        Adapter.Ports ports = adapter.open();
        if (adapter == Adapter.IN_MEMORY) {
            return; // no transactions in memory
        }
        Payouts payouts = ports.payouts();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> ports.transactions().inTransaction(() -> {
            payouts.lockRuns();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            payouts.addRun(new PayoutRun(WEEK_1, T0));
            return null;
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> ports.transactions().inTransaction(() -> {
            payouts.lockRuns();
            return payouts.findRun(WEEK_1).isPresent();
        }));
        Thread.sleep(300);
        assertThat(second).as("waits for the first planner").isNotDone();
        release.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(second.get(30, TimeUnit.SECONDS)).as("then sees its run").isTrue();
    }
}
