package org.taawon.persistence.support;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * What every entity mapper shares: plain instantiation (no container), a compile error for any entity
 * column left unmapped, and the {@link CommonMappings} conversions. Generated classes are named
 * {@code Generated<Mapper>} rather than MapStruct's default {@code <Mapper>Impl}, which the project's
 * naming rules forbid.
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.DEFAULT, unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = CommonMappings.class, implementationName = "Generated<CLASS_NAME>")
public interface EntityMappingConfig {
}
