package org.taawon.core.payout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PayoutRail} that pays every payout at once and remembers what it paid (once per payout id).
 * For tests and offline runs. It takes payouts in batches of up to 500, as a bank file would.
 */
public final class InMemoryPayoutRail implements PayoutRail {

    private final Map<PayoutId, Payout> paid = new LinkedHashMap<>();

    @Override
    public synchronized Outcome send(Payout payout) {
        paid.putIfAbsent(payout.id(), payout);
        return Outcome.paid("mem-" + payout.id().value());
    }

    @Override
    public int batchSize() {
        return 500;
    }

    @Override
    public synchronized List<Outcome> sendAll(List<Payout> payouts) {
        return payouts.stream().map(this::send).toList();
    }

    @Override
    public synchronized Optional<Outcome> lookUp(Payout payout) {
        return paid.containsKey(payout.id()) ? Optional.of(Outcome.paid("mem-" + payout.id().value())) : Optional.empty();
    }

    /** Everything paid, in order. */
    public synchronized List<Payout> paid() {
        return List.copyOf(paid.values());
    }
}
