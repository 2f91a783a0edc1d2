package org.taawon.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.Amounts.MAD;
import static org.taawon.core.fixtures.Amounts.mad;
import static org.taawon.core.fixtures.CooperativeBuilder.aCooperative;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.TaawonException;

class CatalogueTest {

    @Nested
    class Cooperatives {

        @Test
        void has_the_platform_default_rate_no_minimum_and_no_destination_unless_given() {
            Cooperative c = Cooperative.of(CooperativeId.of("coop-a"), "A", CooperativeKind.YOUTH, "Oriental", MAD);
            assertThat(c.commissionRate()).isEmpty();
            assertThat(c.payoutMinimum()).isEqualTo(mad(0));
            assertThat(c.payoutDestination()).isEqualTo(new PayoutDestination.None());

            Cooperative changed = c.withCommissionRate(BasisPoints.of(800)).withPayoutMinimum(mad(10_000))
                    .withPayoutDestination(new PayoutDestination.StripeAccount("acct_1TaawonDemo00001"));
            assertThat(changed.commissionRate()).contains(BasisPoints.of(800));
            assertThat(changed.payoutMinimum()).isEqualTo(mad(10_000));
            assertThat(c.commissionRate()).isEmpty();
        }

        @Test
        void refuses_a_negative_payout_minimum() {
            assertThatThrownBy(() -> aCooperative().payoutMinimum(-1).build())
                    .isInstanceOf(CatalogueException.class)
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_PAYOUT_MINIMUM");
        }

        @Test
        void are_listed_in_order_of_id_and_replaced_by_id() {
            InMemoryCooperatives cooperatives = new InMemoryCooperatives();
            cooperatives.save(aCooperative().id("coop-b").build());
            cooperatives.save(aCooperative().id("coop-a").build());
            cooperatives.save(aCooperative().id("coop-b").commissionBps(500).build());

            assertThat(cooperatives.all()).extracting(Cooperative::id)
                    .containsExactly(CooperativeId.of("coop-a"), CooperativeId.of("coop-b"));
            assertThat(cooperatives.get(CooperativeId.of("coop-b")).commissionRate()).isEqualTo(Optional.of(BasisPoints.of(500)));
            assertThatThrownBy(() -> cooperatives.get(CooperativeId.of("coop-z")))
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("UNKNOWN_COOPERATIVE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " coop", "coop ", "co\nop"})
        void ids_refuse_blank_padded_or_control_characters(String id) {
            assertThatThrownBy(() -> CooperativeId.of(id))
                    .isInstanceOf(Ids.InvalidIdException.class)
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_ID");
        }

        @Test
        void ids_refuse_more_than_128_characters() {
            assertThat(Sku.of("x".repeat(128)).value()).hasSize(128);
            assertThatThrownBy(() -> Sku.of("x".repeat(129))).isInstanceOf(Ids.InvalidIdException.class);
        }
    }

    @Nested
    class Products {

        @Test
        void refuse_a_negative_price_or_stock() {
            assertThatThrownBy(() -> aProduct().price(-1).build())
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_PRICE");
            assertThatThrownBy(() -> aProduct().stock(-1).build())
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_STOCK");
        }

        @Test
        void take_and_restock_units_without_going_below_zero() {
            Product p = aProduct().stock(3).build();
            assertThat(p.take(3).stock()).isZero();
            assertThat(p.restock(2).stock()).isEqualTo(5);
            assertThat(p.hasInStock(3)).isTrue();
            assertThat(p.hasInStock(4)).isFalse();
            assertThatThrownBy(() -> p.take(4)).extracting(e -> ((TaawonException) e).reason()).isEqualTo("INSUFFICIENT_STOCK");
            assertThatThrownBy(() -> p.take(-1)).extracting(e -> ((TaawonException) e).reason()).isEqualTo("INVALID_QUANTITY");
            assertThatThrownBy(() -> p.restock(Long.MAX_VALUE)).extracting(e -> ((TaawonException) e).reason())
                    .isEqualTo("INVALID_STOCK");
        }

        @Test
        void stock_is_taken_all_or_nothing() {
            InMemoryProducts products = new InMemoryProducts();
            products.save(aProduct().sku("A").stock(5).build());
            products.save(aProduct().sku("B").stock(1).build());
            Map<Sku, Long> units = new LinkedHashMap<>();
            units.put(Sku.of("A"), 2L);
            units.put(Sku.of("B"), 2L);

            assertThatThrownBy(() -> products.takeStock(units))
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("INSUFFICIENT_STOCK");
            assertThat(products.get(Sku.of("A")).stock()).isEqualTo(5);
            assertThat(products.get(Sku.of("B")).stock()).isEqualTo(1);

            units.put(Sku.of("B"), 1L);
            products.takeStock(units);
            assertThat(products.all()).extracting(Product::stock).containsExactly(3L, 0L);
            products.returnStock(units);
            assertThat(products.all()).extracting(Product::stock).containsExactly(5L, 1L);
        }

        @Test
        void an_unknown_sku_is_refused_with_its_reason() {
            InMemoryProducts products = new InMemoryProducts();
            assertThatThrownBy(() -> products.takeStock(Map.of(Sku.of("NO-SUCH"), 1L)))
                    .extracting(e -> ((TaawonException) e).reason()).isEqualTo("UNKNOWN_PRODUCT");
        }
    }
}
