package org.taawon.persistence.catalogue;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.catalogue.Product;
import org.taawon.persistence.support.EntityMappingConfig;

/** {@link Product} to and from its row. */
@Mapper(config = EntityMappingConfig.class)
interface ProductEntityMapper {

    ProductEntityMapper MAPPER = new GeneratedProductEntityMapper();

    // MapStruct takes the record's copy-with methods for setters; the constructor sets everything.
    @Mapping(target = "take", ignore = true)
    @Mapping(target = "restock", ignore = true)
    @Mapping(target = "withPrice", ignore = true)
    Product toDomain(ProductEntity entity);

    ProductEntity toEntity(Product product);

    @Mapping(target = "sku", ignore = true)
    void update(Product product, @MappingTarget ProductEntity entity);
}
