package org.taawon.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.ledger.Account;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.RunPayouts;
import org.taawon.payments.PayoutFixture;
import org.taawon.payments.support.Backoff;
import org.taawon.payments.support.RateLimiter;

import com.google.gson.JsonObject;

/**
 * A thousand payouts through the Stripe stand-in while it injects every fault it knows: each
 * payout must end paid by exactly one transfer of its amount to its cooperative's account.
 */
class StripeTransferRailFaultTest {

    private static final int PAYOUTS = 1000;
    private static final PayoutRunId RUN = PayoutRunId.of("run-2026-03-10");
    private static final StripeStandIn.Faults FAULTS = StripeStandIn.usualFaults(20260310L, Duration.ofMillis(700));

    @Test
    void a_thousand_payouts_through_injected_faults_are_each_transferred_exactly_once() throws Exception {
        try (StripeStandIn standIn = StripeStandIn.start().injecting(FAULTS)) {
            Figures figures = payAll(standIn, rail -> rail, 0);

            assertThat(figures.duplicates).as(figures.toString()).isZero();
            assertThat(figures.lost).as(figures.toString()).isZero();
            assertThat(figures.transfers).isEqualTo(PAYOUTS);
            StripeStandIn.Counts counts = standIn.counts();
            assertThat(counts.rateLimited()).as("429s injected").isPositive();
            assertThat(counts.serverErrors()).as("500s injected").isPositive();
            assertThat(counts.dropped()).as("answers dropped").isPositive();
            assertThat(counts.delayed()).as("answers timed out").isPositive();
            assertThat(counts.idempotencyErrors()).as("keys reused with other parameters").isZero();
        }
    }

    @Test
    void wiping_the_idempotency_keys_midway_and_crashing_after_transfers_makes_no_duplicate() throws Exception {
        try (StripeStandIn standIn = StripeStandIn.start().injecting(FAULTS).wipingKeysAfterTransfers(PAYOUTS / 2)) {
            Random crashes = new Random(7);
            Figures figures = payAll(standIn, rail -> new CrashingRail(rail, crashes, 0.02), 1);

            assertThat(figures.duplicates).as(figures.toString()).isZero();
            assertThat(figures.lost).as(figures.toString()).isZero();
            assertThat(figures.reruns).as("runs resumed after a crash").isPositive();
        }
    }

    private Figures payAll(StripeStandIn standIn, java.util.function.UnaryOperator<PayoutRail> wrap, int variant) {
        FakeTime time = new FakeTime();
        StripeConnection connection = StripeConnection.of("sk_test_standin").withApiBase(standIn.apiBase())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(250));
        StripeTransferRail rail = new StripeTransferRail(connection.client(),
                new RateLimiter(RateLimiter.DEFAULT_PERMITS_PER_SECOND, time::nanoTime, time),
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10), 6), time);
        PayoutFixture fixture = new PayoutFixture();
        for (int i = 0; i < PAYOUTS; i++) {
            fixture.cooperative(String.format("coop-%04d", i),
                    new PayoutDestination.StripeAccount(String.format("acct_%04d", i)), 1_000 + 37L * i + variant);
        }
        RunPayouts runPayouts = fixture.runPayouts(wrap.apply(rail));
        Figures figures = new Figures();
        PayoutRunReport report = null;
        while (report == null || report.pending() > 0) {
            assertThat(figures.reruns).as("resumed runs").isLessThan(100);
            try {
                report = runPayouts.run(RUN, PayoutFixture.RUN_AT);
            } catch (RuntimeException | ProcessDied e) {
                figures.reruns++;
            }
        }
        figures.count(report.payouts(), standIn.transfers());
        figures.counts = standIn.counts();
        figures.waited = time.slept();

        System.out.println("Stripe transfer rail, " + PAYOUTS + " payouts: " + figures);
        assertThat(figures.duplicates).as(figures.toString()).isZero();
        assertThat(figures.lost).as(figures.toString()).isZero();
        assertThat(report.payouts()).hasSize(PAYOUTS).allMatch(p -> p.state() == PayoutState.PAID);
        for (Payout payout : report.payouts()) {
            assertThat(fixture.balance(Account.inFlight(payout.cooperative()))).isEqualTo(Money.zero(PayoutFixture.MAD));
            assertThat(fixture.balance(Account.paid(payout.cooperative()))).isEqualTo(payout.amount());
        }
        return figures;
    }

    /** Counts transfers per payout against what each payout should have received. */
    private static final class Figures {
        int transfers;
        int duplicates;
        int lost;
        int reruns;
        StripeStandIn.Counts counts;
        Duration waited;

        void count(List<Payout> payouts, List<JsonObject> made) {
            transfers = made.size();
            Map<String, List<JsonObject>> byGroup = new HashMap<>();
            made.forEach(t -> byGroup.computeIfAbsent(t.get("transfer_group").getAsString(), g -> new java.util.ArrayList<>()).add(t));
            for (Payout payout : payouts) {
                List<JsonObject> group = byGroup.getOrDefault(payout.id().value(), List.of());
                if (group.isEmpty()) {
                    lost++;
                    continue;
                }
                duplicates += group.size() - 1;
                if (group.size() > 1) {
                    continue;
                }
                JsonObject transfer = group.get(0);
                assertThat(transfer.get("amount").getAsLong()).isEqualTo(payout.amount().minor());
                assertThat(transfer.get("destination").getAsString())
                        .isEqualTo(((PayoutDestination.StripeAccount) payout.destination()).accountId());
                assertThat(payout.railReference()).contains(transfer.get("id").getAsString());
            }
        }

        @Override
        public String toString() {
            return "transfers made " + transfers + ", duplicates " + duplicates + ", lost " + lost
                    + ", requests beyond one per payout (retries and look-ups) " + (counts.requests() - PAYOUTS)
                    + ", runs resumed " + reruns + ", stand-in " + counts + ", backoff and rate-limit waits "
                    + waited.toMillis() + " ms (simulated)";
        }
    }

    /** A process that dies right after Stripe answered, before the answer is recorded. */
    /** The process dying mid-call: not an exception anything catches, so the run stops where it is. */
    static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;

        ProcessDied(String message) {
            super(message);
        }
    }

    private static final class CrashingRail implements PayoutRail {
        private final PayoutRail delegate;
        private final Random random;
        private final double rate;

        CrashingRail(PayoutRail delegate, Random random, double rate) {
            this.delegate = delegate;
            this.random = random;
            this.rate = rate;
        }

        @Override
        public Outcome send(Payout payout) {
            Outcome outcome = delegate.send(payout);
            if (random.nextDouble() < rate) {
                throw new ProcessDied("process died after transfer " + outcome.reference());
            }
            return outcome;
        }

        @Override
        public Optional<Outcome> lookUp(Payout payout) {
            return delegate.lookUp(payout);
        }
    }
}
