package org.taawon.persistence.payout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutException;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.WorkerId;
import org.taawon.persistence.support.DatabaseErrors;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.EpochNanos;
import org.taawon.persistence.support.NaturalIds;

/**
 * {@link Payouts} in {@code taawon_payout_run} and {@code taawon_payout}. The unique key on
 * (run, cooperative) means a run can never pay a cooperative twice, even when two runs race.
 * "Added order" is the order of the rows' sequence ids.
 *
 * <p>Claims live in the payout rows' {@code claimed_by} and {@code lease_until} columns, which the
 * entity does not map: only the claim statements here write them, so saving a payout's state never
 * overwrites a claim. Claiming is {@code SELECT ... FOR UPDATE SKIP LOCKED}, the same statement on H2,
 * PostgreSQL and MariaDB; the lock on runs is a row of {@code taawon_payout_lock}.
 */
public final class JpaPayouts implements Payouts {

    private static final PayoutEntityMapper MAPPER = PayoutEntityMapper.MAPPER;

    private final EntityManagerAccess access;

    public JpaPayouts(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public void addRun(PayoutRun run) {
        access.run(em -> {
            if (NaturalIds.find(em, PayoutRunEntity.class, run.id().value()).isPresent()) {
                throw duplicateRun(run.id());
            }
            em.persist(MAPPER.toEntity(run));
            DatabaseErrors.flush(em, () -> duplicateRun(run.id()));
        });
    }

    private static PayoutException duplicateRun(PayoutRunId id) {
        return new PayoutException(PayoutException.DUPLICATE_RUN, "payout run " + id + " exists");
    }

    @Override
    public Optional<PayoutRun> findRun(PayoutRunId id) {
        return access.call(em -> NaturalIds.find(em, PayoutRunEntity.class, id.value())
                .map(MAPPER::toDomain));
    }

    @Override
    public List<PayoutRun> runs() {
        return access.call(em -> em.createQuery("select r from PayoutRunEntity r order by r.at, r.id", PayoutRunEntity.class)
                .getResultList().stream().map(MAPPER::toDomain).toList());
    }

    @Override
    public void add(Payout payout) {
        access.run(em -> {
            em.persist(MAPPER.toEntity(payout));
            DatabaseErrors.flush(em, () -> new PayoutException(PayoutException.INVALID_STATE,
                    "payout " + payout.id() + " exists"));
        });
    }

    @Override
    public void update(Payout payout) {
        access.run(em -> {
            PayoutEntity entity = NaturalIds.find(em, PayoutEntity.class, payout.id().value())
                    .orElseThrow(() -> new PayoutException(PayoutException.UNKNOWN_PAYOUT, "no payout " + payout.id()));
            MAPPER.update(payout, entity);
        });
    }

    @Override
    public Optional<Payout> find(PayoutId id) {
        return access.call(em -> NaturalIds.find(em, PayoutEntity.class, id.value())
                .map(MAPPER::toDomain));
    }

    @Override
    public List<Payout> forRun(PayoutRunId run) {
        return access.call(em -> em.createQuery("select p from PayoutEntity p where p.run = :run", PayoutEntity.class)
                .setParameter("run", run.value()).getResultList().stream().map(MAPPER::toDomain)
                .sorted(Comparator.comparing(Payout::cooperative)).toList());
    }

    @Override
    public List<Payout> forCooperative(CooperativeId cooperative) {
        return access.call(em -> em.createQuery("select p from PayoutEntity p where p.cooperative = :cooperative"
                        + " order by p.plannedAt, p.id", PayoutEntity.class)
                .setParameter("cooperative", cooperative.value()).getResultList().stream().map(MAPPER::toDomain).toList());
    }

    @Override
    public List<Payout> inState(PayoutState state) {
        return access.call(em -> em.createQuery("select p from PayoutEntity p where p.state = :state order by p.id",
                        PayoutEntity.class)
                .setParameter("state", state).getResultList().stream().map(MAPPER::toDomain).toList());
    }

    @Override
    public void addAll(List<Payout> planned) {
        if (planned.isEmpty()) {
            return;
        }
        access.run(em -> {
            planned.forEach(payout -> em.persist(MAPPER.toEntity(payout)));
            DatabaseErrors.flush(em, () -> new PayoutException(PayoutException.INVALID_STATE,
                    "a payout of run " + planned.get(0).run() + " exists"));
        });
    }

    @Override
    public void lockRuns() {
        access.run(em -> em.createNativeQuery("select lock_name from taawon_payout_lock where lock_name = 'runs' for update")
                .getResultList());
    }

    @Override
    public List<Payout> lock(Collection<PayoutId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values = ids.stream().map(PayoutId::value).distinct().sorted().toList();
        return access.call(em -> em.createQuery("select p from PayoutEntity p where p.payoutId in :ids order by p.payoutId",
                        PayoutEntity.class)
                .setParameter("ids", values).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().map(MAPPER::toDomain).toList());
    }

    @Override
    public List<Payout> claim(WorkerId worker, Optional<PayoutRunId> run, Instant now, Instant leaseUntil, int max,
                              Collection<PayoutId> skip) {
        if (max < 1) {
            throw new IllegalArgumentException("a claim takes at least one payout");
        }
        List<String> skipped = skip.stream().map(PayoutId::value).distinct().sorted().toList();
        return access.call(em -> {
            // One state at a time, in the order of the (state, id) index: MariaDB and H2 then lock
            // only the rows they return, not every row a sort would have read.
            List<Long> ids = new ArrayList<>(claimable(em, PayoutState.PLANNED, worker, run, now, max, skipped));
            if (ids.size() < max) {
                ids.addAll(claimable(em, PayoutState.SENDING, worker, run, now, max - ids.size(), skipped));
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            em.createNativeQuery("update taawon_payout set claimed_by = :worker, lease_until = :until where id in (:ids)")
                    .setParameter("worker", worker.value()).setParameter("until", EpochNanos.clamped(leaseUntil))
                    .setParameter("ids", ids).executeUpdate();
            Map<Long, Payout> rows = new HashMap<>();
            em.createQuery("select p from PayoutEntity p where p.id in :ids", PayoutEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(row -> rows.put(row.getId(), MAPPER.toDomain(row)));
            return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
        });
    }

    /**
     * Due payouts of one state, locked. H2 locks every row a {@code FOR UPDATE ... LIMIT} reads, not
     * only those it returns, so on every database the candidates are read first without a lock, a
     * window at a time in order of id, and then locked by id with SKIP LOCKED, re-checking that they
     * are still due: a worker locks only what it claims, and a window that others hold is passed over.
     */
    private static List<Long> claimable(EntityManager em, PayoutState state, WorkerId worker, Optional<PayoutRunId> run,
                                        Instant now, int max, List<String> skipped) {
        String due = " where state = :state" + (run.isPresent() ? " and run_id = :run" : "")
                + (skipped.isEmpty() ? "" : " and payout_id not in (:skipped)")
                + " and (lease_until is null or lease_until <= :now or claimed_by = :worker)";
        long after = Long.MIN_VALUE;
        int window = Math.max(2 * max, 64);
        while (true) {
            var candidates = em.createNativeQuery("select id from taawon_payout" + due + " and id > :after order by id limit "
                    + window);
            List<Long> ids = longs(bind(candidates, state, worker, run, now, skipped).setParameter("after", after).getResultList());
            if (ids.isEmpty()) {
                return List.of();
            }
            // Locked by id, no more ids than wanted: H2 would lock every row the statement reads.
            for (int from = 0; from < ids.size(); from += max) {
                var lock = em.createNativeQuery("select id from taawon_payout" + due + " and id in (:ids) order by id"
                        + " for update skip locked");
                List<Long> slice = ids.subList(from, Math.min(ids.size(), from + max));
                List<Long> locked = longs(bind(lock, state, worker, run, now, skipped).setParameter("ids", slice).getResultList());
                if (!locked.isEmpty()) {
                    return locked;
                }
            }
            if (ids.size() < window) {
                return List.of();
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, PayoutState state, WorkerId worker,
                                                  Optional<PayoutRunId> run, Instant now, List<String> skipped) {
        query.setParameter("state", state.name()).setParameter("now", EpochNanos.clamped(now)).setParameter("worker", worker.value());
        run.ifPresent(r -> query.setParameter("run", r.value()));
        if (!skipped.isEmpty()) {
            query.setParameter("skipped", skipped);
        }
        return query;
    }

    private static List<Long> longs(List<?> column) {
        return column.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public List<Payout> lockClaimed(Collection<PayoutId> ids, WorkerId worker, Instant now, Instant leaseUntil) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values = ids.stream().map(PayoutId::value).distinct().sorted().toList();
        return access.call(em -> {
            List<?> held = em.createNativeQuery("select payout_id from taawon_payout where payout_id in (:ids)"
                            + " and claimed_by = :worker and lease_until > :now order by payout_id for update")
                    .setParameter("ids", values).setParameter("worker", worker.value())
                    .setParameter("now", EpochNanos.clamped(now)).getResultList();
            if (held.isEmpty()) {
                return List.of();
            }
            List<String> heldIds = held.stream().map(String::valueOf).toList();
            em.createNativeQuery("update taawon_payout set lease_until = :until where payout_id in (:ids)")
                    .setParameter("until", EpochNanos.clamped(leaseUntil)).setParameter("ids", heldIds).executeUpdate();
            return em.createQuery("select p from PayoutEntity p where p.payoutId in :ids order by p.payoutId", PayoutEntity.class)
                    .setParameter("ids", heldIds).getResultList().stream().map(MAPPER::toDomain).toList();
        });
    }

    @Override
    public void release(Collection<PayoutId> ids, WorkerId worker, Optional<Instant> restUntil) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> values = ids.stream().map(PayoutId::value).distinct().sorted().toList();
        access.run(em -> em.createNativeQuery("update taawon_payout set claimed_by = null, lease_until = :until"
                        + " where payout_id in (:ids) and claimed_by = :worker")
                .setParameter("until", restUntil.map(EpochNanos::clamped).orElse(null))
                .setParameter("ids", values).setParameter("worker", worker.value()).executeUpdate());
    }
}
