package org.taawon.core.payout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;

/** {@link Payouts} in memory. Thread-safe. */
public final class InMemoryPayouts implements Payouts {

    private final Map<PayoutRunId, PayoutRun> runs = new LinkedHashMap<>();
    private final Map<PayoutId, Payout> payouts = new LinkedHashMap<>();

    @Override
    public synchronized void addRun(PayoutRun run) {
        if (runs.putIfAbsent(run.id(), run) != null) {
            throw new PayoutException(PayoutException.DUPLICATE_RUN, "payout run " + run.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<PayoutRun> findRun(PayoutRunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<PayoutRun> runs() {
        List<PayoutRun> list = new ArrayList<>(runs.values());
        list.sort(Comparator.comparing(PayoutRun::at));
        return list;
    }

    @Override
    public synchronized void add(Payout payout) {
        if (payouts.putIfAbsent(payout.id(), payout) != null) {
            throw new PayoutException(PayoutException.INVALID_STATE, "payout " + payout.id() + " exists");
        }
    }

    @Override
    public synchronized void update(Payout payout) {
        if (!payouts.containsKey(payout.id())) {
            throw new PayoutException(PayoutException.UNKNOWN_PAYOUT, "no payout " + payout.id());
        }
        payouts.put(payout.id(), payout);
    }

    @Override
    public synchronized Optional<Payout> find(PayoutId id) {
        return Optional.ofNullable(payouts.get(id));
    }

    @Override
    public synchronized List<Payout> forRun(PayoutRunId run) {
        return payouts.values().stream().filter(p -> p.run().equals(run))
                .sorted(Comparator.comparing(Payout::cooperative)).toList();
    }

    @Override
    public synchronized List<Payout> forCooperative(CooperativeId cooperative) {
        return payouts.values().stream().filter(p -> p.cooperative().equals(cooperative))
                .sorted(Comparator.comparing(Payout::plannedAt)).toList();
    }

    @Override
    public synchronized List<Payout> inState(PayoutState state) {
        return payouts.values().stream().filter(p -> p.state() == state).toList();
    }
}
