package org.taawon.persistence.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * What every entity mapper shares: plain instantiation ({@code Mappers.getMapper}, no container),
 * a compile error for any entity column left unmapped, and the {@link CommonMappings} conversions.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.DEFAULT, unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = CommonMappings.class)
public interface EntityMappingConfig {
}
