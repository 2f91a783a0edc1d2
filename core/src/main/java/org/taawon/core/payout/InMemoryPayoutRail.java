package org.taawon.core.payout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PayoutRail} that pays every payout at once and remembers what it paid (once per payout id).
 * For tests and offline runs.
 */
public final class InMemoryPayoutRail implements PayoutRail {

    private final List<Payout> paid = new ArrayList<>();

    @Override
    public synchronized Outcome send(Payout payout) {
        if (paid.stream().noneMatch(p -> p.id().equals(payout.id()))) {
            paid.add(payout);
        }
        return Outcome.paid("mem-" + payout.id().value());
    }

    @Override
    public synchronized Optional<Outcome> lookUp(Payout payout) {
        return paid.stream().filter(p -> p.id().equals(payout.id())).findFirst()
                .map(p -> Outcome.paid("mem-" + p.id().value()));
    }

    /** Everything paid, in order. */
    public synchronized List<Payout> paid() {
        return List.copyOf(paid);
    }
}
