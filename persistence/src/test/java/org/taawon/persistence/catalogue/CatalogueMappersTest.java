package org.taawon.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.CatalogueException;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Product;
import org.taawon.persistence.Fixtures;

class CatalogueMappersTest {

    @Nested
    class CooperativeEntityMapperTest {

        private final CooperativeEntityMapper mapper = CooperativeEntityMapper.MAPPER;

        @Test
        void a_cooperative_survives_the_round_trip_with_each_kind_of_destination() {
            for (Cooperative cooperative : new Cooperative[] {Fixtures.argan(), Fixtures.rugs(),
                    Cooperative.of(CooperativeId.of("coop-new"), "Nouvelle", CooperativeKind.OTHER, "", Fixtures.MAD)}) {
                assertThat(mapper.toDomain(mapper.toEntity(cooperative))).isEqualTo(cooperative);
            }
        }

        @Test
        void an_update_copies_every_field_but_the_id() {
            CooperativeEntity entity = mapper.toEntity(Fixtures.argan());

            mapper.update(Fixtures.rugs(), entity);

            assertThat(entity.getId()).isEqualTo(Fixtures.ARGAN.value());
            assertThat(entity.getName()).isEqualTo(Fixtures.rugs().name());
            assertThat(entity.getCommissionRate()).isNull();
        }
    }

    @Nested
    class ProductEntityMapperTest {

        private final ProductEntityMapper mapper = ProductEntityMapper.MAPPER;

        @Test
        void a_product_survives_the_round_trip() {
            Product product = Fixtures.product("ARGAN-250", Fixtures.ARGAN, 12000, 40);

            assertThat(mapper.toDomain(mapper.toEntity(product))).isEqualTo(product);
        }

        @Test
        void a_row_with_negative_stock_is_refused_on_load_by_the_product_s_own_checks() {
            ProductEntity entity = mapper.toEntity(Fixtures.product("ARGAN-250", Fixtures.ARGAN, 12000, 40));
            entity.setStock(-1);

            assertThatThrownBy(() -> mapper.toDomain(entity)).isInstanceOf(CatalogueException.class)
                    .extracting(e -> ((CatalogueException) e).reason()).isEqualTo(CatalogueException.INVALID_STOCK);
        }
    }
}
