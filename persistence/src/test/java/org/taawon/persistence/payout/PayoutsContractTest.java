package org.taawon.persistence.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.ARGAN;
import static org.taawon.persistence.Fixtures.RUGS;
import static org.taawon.persistence.Fixtures.T0;
import static org.taawon.persistence.Fixtures.mad;

import java.time.Duration;

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
}
