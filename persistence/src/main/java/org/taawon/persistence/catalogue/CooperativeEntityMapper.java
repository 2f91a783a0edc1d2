package org.taawon.persistence.catalogue;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.persistence.support.EntityMappingConfig;

/** {@link Cooperative} to and from its row. */
@Mapper(config = EntityMappingConfig.class)
interface CooperativeEntityMapper {

    CooperativeEntityMapper MAPPER = new GeneratedCooperativeEntityMapper();

    // MapStruct takes the record's copy-with methods for setters; the constructor sets everything.
    @Mapping(target = "withCommissionRate", ignore = true)
    @Mapping(target = "withPayoutMinimum", ignore = true)
    @Mapping(target = "withPayoutDestination", ignore = true)
    Cooperative toDomain(CooperativeEntity entity);

    CooperativeEntity toEntity(Cooperative cooperative);

    @Mapping(target = "id", ignore = true)
    void update(Cooperative cooperative, @MappingTarget CooperativeEntity entity);
}
