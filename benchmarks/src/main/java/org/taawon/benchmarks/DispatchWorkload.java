package org.taawon.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.payments.stripe.StripeConnection;
import org.taawon.payments.stripe.StripeStandIn;
import org.taawon.payments.stripe.StripeTransferRail;

import com.google.gson.JsonObject;

/**
 * B5 dispatch: payouts sent one after another through {@link StripeTransferRail} as a host builds it
 * ({@link StripeTransferRail#of}: the default 25 requests/s client limit, the standard backoff, real
 * sleeps) to the Stripe stand-in on loopback, which enforces 25 requests/s (429 beyond, bursts of 5)
 * and answers 2 % of new POSTs with a stored 500 (half before the transfer is made, half after).
 * Measured after a warm-up of 50 payouts (another run, not counted): transfers per second of wall
 * time over the whole batch, duplicates counted at the stand-in (transfers sharing a transfer group
 * beyond the first), and payouts left without one.
 */
final class DispatchWorkload {

    static final int LIMIT_PER_SECOND = 25;
    static final int BURST = 5;
    private static final Currency MAD = Currency.getInstance("MAD");
    private static final PayoutRunId RUN = PayoutRunId.of("run-b5");
    private static final PayoutRunId WARM_UP = PayoutRunId.of("run-b5-warm-up");
    private static final int WARM_UP_COUNT = 50;

    /**
     * @param payouts     how many payouts were sent
     * @param seconds     wall time from the first send to the last answer
     * @param paid        payouts answered PAID
     * @param transfers   transfers the stand-in made
     * @param duplicates  transfers beyond the first in a transfer group
     * @param lost        payouts without a transfer at the stand-in
     * @param requests    requests the stand-in received
     * @param rateLimited 429s it answered
     * @param serverErrors 500s it answered
     */
    record Figures(int payouts, double seconds, int paid, int transfers, int duplicates, int lost, int requests,
                   int rateLimited, int serverErrors) {

        double transfersPerSecond() {
            return transfers / seconds;
        }
    }

    private DispatchWorkload() {
    }

    static Figures run(int count, long seed) throws IOException {
        return run(count, seed, WARM_UP_COUNT);
    }

    static Figures run(int count, long seed, int warmUpCount) throws IOException {
        try (StripeStandIn standIn = StripeStandIn.start()) {
            standIn.limitingTo(LIMIT_PER_SECOND, BURST)
                    .injecting(new StripeStandIn.Faults(seed, 0, 0.01, 0.01, 0, 0, Duration.ZERO));
            StripeConnection connection = StripeConnection.of("sk_test_b5").withApiBase(standIn.apiBase())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
            PayoutRail rail = StripeTransferRail.of(connection);
            // Warm-up: a host's rail has made calls before; the first ones load and compile the HTTP stack.
            for (Payout payout : payouts(WARM_UP, warmUpCount)) {
                rail.send(payout);
            }
            StripeStandIn.Counts before = standIn.counts();
            List<Payout> payouts = payouts(RUN, count);
            int paid = 0;
            long start = System.nanoTime();
            for (Payout payout : payouts) {
                if (rail.send(payout).status() == PayoutState.PAID) {
                    paid++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> byGroup = new HashMap<>();
            for (JsonObject transfer : standIn.transfers().subList(before.transfersMade(), standIn.counts().transfersMade())) {
                byGroup.merge(transfer.get("transfer_group").getAsString(), 1, Integer::sum);
            }
            int duplicates = byGroup.values().stream().mapToInt(n -> n - 1).sum();
            int lost = (int) payouts.stream().filter(p -> !byGroup.containsKey(p.id().value())).count();
            StripeStandIn.Counts counts = standIn.counts();
            return new Figures(count, seconds, paid, counts.transfersMade() - before.transfersMade(), duplicates, lost,
                    counts.requests() - before.requests(), counts.rateLimited() - before.rateLimited(),
                    counts.serverErrors() - before.serverErrors());
        }
    }

    private static List<Payout> payouts(PayoutRunId run, int count) {
        List<Payout> payouts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String coop = String.format("coop-%05d", i);
            payouts.add(Payout.planned(run, CooperativeId.of(coop), Money.of(1_000 + 37L * i, MAD),
                    new PayoutDestination.StripeAccount("acct_" + coop), Instant.EPOCH).sending());
        }
        return payouts;
    }
}
