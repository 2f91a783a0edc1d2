package org.taawon.persistence.order;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.order.PaymentRecord;
import org.taawon.persistence.support.EntityMappingConfig;

/** {@link PaymentRecord} to and from its row. */
@Mapper(config = EntityMappingConfig.class)
interface PaymentRecordEntityMapper {

    PaymentRecordEntityMapper MAPPER = new GeneratedPaymentRecordEntityMapper();

    // MapStruct takes the record's copy-with methods for setters; the constructor sets everything.
    @Mapping(target = "withStatus", ignore = true)
    @Mapping(target = "withRefunded", ignore = true)
    PaymentRecord toDomain(PaymentRecordEntity entity);

    PaymentRecordEntity toEntity(PaymentRecord record);

    @Mapping(target = "reference", ignore = true)
    void update(PaymentRecord record, @MappingTarget PaymentRecordEntity entity);
}
