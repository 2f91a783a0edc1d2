package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.ledger.Account;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.payments.PayoutFixture;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;

import com.stripe.model.Transfer;
import com.stripe.net.ApiResource;

class TransferEventsTest {

    private StripeStandIn standIn;
    private PayoutFixture fixture;
    private StripeTransferRail rail;

    @BeforeEach
    void start() throws Exception {
        standIn = StripeStandIn.start();
        FakeTime time = new FakeTime();
        rail = new StripeTransferRail(StripeConnection.of("sk_test").withApiBase(standIn.apiBase()).client(),
                new RateLimiter(25, time::nanoTime, time), new Backoff(Duration.ofMillis(10), Duration.ofMillis(100), 3), time);
        fixture = new PayoutFixture().cooperative("coop-a", new PayoutDestination.StripeAccount("acct_a"), 40_000);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void transfer_created_settles_a_payout_whose_answer_was_lost_in_a_crash() {
        PayoutRail crashing = new PayoutRail() {
            @Override
            public Outcome send(Payout payout) {
                rail.send(payout);
                throw new StripeTransferRailFaultTest.ProcessDied("process died before recording the transfer");
            }
        };
        PayoutRunId run = PayoutRunId.of("run-1");
        assertThatThrownBy(() -> fixture.runPayouts(crashing).run(run, PayoutFixture.RUN_AT))
                .isInstanceOf(StripeTransferRailFaultTest.ProcessDied.class);
        PayoutId id = new PayoutId("run-1/coop-a");
        assertThat(fixture.payouts.get(id).state()).isEqualTo(PayoutState.SENDING);

        Transfer made = ApiResource.GSON.fromJson(standIn.transfers().get(0), Transfer.class);
        TransferEvents events = new TransferEvents(fixture.payouts, fixture.dispatch(rail));
        events.apply("transfer.created", made, Instant.parse("2026-03-10T00:00:01Z"));
        events.apply("transfer.created", made, Instant.parse("2026-03-10T00:00:01Z"));

        Payout payout = fixture.payouts.get(id);
        assertThat(payout.state()).isEqualTo(PayoutState.PAID);
        assertThat(payout.railReference()).contains(made.getId());
        assertThat(fixture.balance(Account.paid(CooperativeId.of("coop-a")))).isEqualTo(Money.of(40_000, PayoutFixture.MAD));
        assertThat(standIn.transfers()).hasSize(1);
    }
}
