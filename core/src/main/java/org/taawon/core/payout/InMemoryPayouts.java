package org.taawon.core.payout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;

/**
 * {@link Payouts} in memory. Thread-safe, and claims are atomic; but there are no transactions, so
 * {@link #lockRuns()} and {@link #lock} lock nothing: one process, one worker planning at a time.
 */
public final class InMemoryPayouts implements Payouts {

    private final Map<PayoutRunId, PayoutRun> runs = new LinkedHashMap<>();
    private final Map<PayoutId, Payout> payouts = new LinkedHashMap<>();
    private final Map<PayoutId, Claim> claims = new HashMap<>();

    /** A claim, or a rest (no worker) until an instant. */
    private record Claim(WorkerId worker, Instant until) {
    }

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

    @Override
    public void lockRuns() {
        // Nothing to lock without transactions.
    }

    @Override
    public synchronized List<Payout> lock(Collection<PayoutId> ids) {
        return ids.stream().distinct().sorted(Comparator.comparing(PayoutId::value))
                .map(payouts::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized List<Payout> claim(WorkerId worker, Optional<PayoutRunId> run, Instant now, Instant leaseUntil,
                                           int max, Collection<PayoutId> skip) {
        List<Payout> due = java.util.stream.Stream.of(PayoutState.PLANNED, PayoutState.SENDING)
                .flatMap(state -> payouts.values().stream().filter(p -> p.state() == state))
                .filter(p -> run.isEmpty() || p.run().equals(run.get()))
                .filter(p -> !skip.contains(p.id()))
                .filter(p -> claimable(claims.get(p.id()), worker, now))
                .limit(max).toList();
        due.forEach(p -> claims.put(p.id(), new Claim(worker, leaseUntil)));
        return due;
    }

    private static boolean claimable(Claim claim, WorkerId worker, Instant now) {
        return claim == null || !claim.until().isAfter(now) || worker.equals(claim.worker());
    }

    @Override
    public synchronized List<Payout> lockClaimed(Collection<PayoutId> ids, WorkerId worker, Instant now, Instant leaseUntil) {
        List<Payout> held = new ArrayList<>();
        for (Payout payout : lock(ids)) {
            Claim claim = claims.get(payout.id());
            if (claim != null && worker.equals(claim.worker()) && claim.until().isAfter(now)) {
                claims.put(payout.id(), new Claim(worker, leaseUntil));
                held.add(payout);
            }
        }
        return held;
    }

    @Override
    public synchronized void release(Collection<PayoutId> ids, WorkerId worker, Optional<Instant> restUntil) {
        for (PayoutId id : ids) {
            Claim claim = claims.get(id);
            if (claim != null && worker.equals(claim.worker())) {
                if (restUntil.isPresent()) {
                    claims.put(id, new Claim(null, restUntil.get()));
                } else {
                    claims.remove(id);
                }
            }
        }
    }
}
