package org.taawon.persistence.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.persistence.support.EntityManagerAccess;

/** {@link Cooperatives} in {@code taawon_cooperative}, keyed by the cooperative's id. */
public final class JpaCooperatives implements Cooperatives {

    private static final CooperativeEntityMapper MAPPER = CooperativeEntityMapper.MAPPER;

    private final EntityManagerAccess access;

    public JpaCooperatives(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Optional<Cooperative> find(CooperativeId id) {
        return access.call(em -> Optional.ofNullable(em.find(CooperativeEntity.class, id.value())).map(MAPPER::toDomain));
    }

    @Override
    public List<Cooperative> all() {
        // Sorted here, not by the database, whose collation may order text differently from ids.
        return access.call(em -> em.createQuery("select c from CooperativeEntity c", CooperativeEntity.class)
                .getResultList().stream().map(MAPPER::toDomain).sorted(Comparator.comparing(Cooperative::id)).toList());
    }

    @Override
    public void save(Cooperative cooperative) {
        access.run(em -> {
            CooperativeEntity entity = em.find(CooperativeEntity.class, cooperative.id().value());
            if (entity == null) {
                em.persist(MAPPER.toEntity(cooperative));
            } else {
                MAPPER.update(cooperative, entity);
            }
        });
    }
}
