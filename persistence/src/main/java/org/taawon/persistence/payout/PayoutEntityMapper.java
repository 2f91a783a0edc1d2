package org.taawon.persistence.payout;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRun;
import org.taawon.persistence.support.EntityMappingConfig;

/** {@link PayoutRun} and {@link Payout} to and from their rows. */
@Mapper(config = EntityMappingConfig.class)
interface PayoutEntityMapper {

    PayoutEntityMapper MAPPER = new GeneratedPayoutEntityMapper();

    @Mapping(target = "id", source = "runId")
    PayoutRun toDomain(PayoutRunEntity entity);

    @Mapping(target = "runId", source = "id")
    PayoutRunEntity toEntity(PayoutRun run);

    // MapStruct takes the record's state-change methods for setters; the constructor sets everything.
    @Mapping(target = "sent", ignore = true)
    @Mapping(target = "paid", ignore = true)
    @Mapping(target = "failed", ignore = true)
    @Mapping(target = "reversed", ignore = true)
    @Mapping(target = "id", source = "payoutId")
    Payout toDomain(PayoutEntity entity);

    @Mapping(target = "payoutId", source = "id")
    PayoutEntity toEntity(Payout payout);

    /** Only what a payout's life changes: state, attempts, the rail's reference, the failure. */
    @Mapping(target = "payoutId", ignore = true)
    @Mapping(target = "run", ignore = true)
    @Mapping(target = "cooperative", ignore = true)
    @Mapping(target = "amount", ignore = true)
    @Mapping(target = "destination", ignore = true)
    @Mapping(target = "plannedAt", ignore = true)
    void update(Payout payout, @MappingTarget PayoutEntity entity);
}
