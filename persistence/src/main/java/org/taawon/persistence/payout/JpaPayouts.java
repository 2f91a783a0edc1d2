package org.taawon.persistence.payout;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutException;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;
import org.taawon.persistence.support.DatabaseErrors;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.NaturalIds;

/**
 * {@link Payouts} in {@code taawon_payout_run} and {@code taawon_payout}. The unique key on
 * (run, cooperative) means a run can never pay a cooperative twice, even when two runs race.
 * "Added order" is the order of the rows' sequence ids.
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
}
