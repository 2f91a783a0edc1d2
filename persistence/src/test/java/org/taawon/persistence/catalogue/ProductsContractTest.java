package org.taawon.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.ARGAN;
import static org.taawon.persistence.Fixtures.RUGS;
import static org.taawon.persistence.Fixtures.mad;
import static org.taawon.persistence.Fixtures.product;

import java.util.LinkedHashMap;
import java.util.Map;

import org.taawon.core.catalogue.CatalogueException;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.TaawonException;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link Products} contract, on every adapter. */
class ProductsContractTest {

    private static Products seeded(Adapter.Ports ports) {
        Products products = ports.products();
        products.save(product("ARGAN-250", ARGAN, 12000, 5));
        products.save(product("RUG-S", RUGS, 99900, 2));
        products.save(product("AMLOU-500", ARGAN, 6550, 0));
        return products;
    }

    private static long stock(Products products, String sku) {
        return products.get(Sku.of(sku)).stock();
    }

    private static Map<Sku, Long> units(Object... skuThenUnits) {
        Map<Sku, Long> units = new LinkedHashMap<>();
        for (int i = 0; i < skuThenUnits.length; i += 2) {
            units.put(Sku.of((String) skuThenUnits[i]), ((Number) skuThenUnits[i + 1]).longValue());
        }
        return units;
    }

    private static String reason(Throwable e) {
        return ((TaawonException) e).reason();
    }

    @OnEveryAdapter
    void a_saved_product_is_found_and_all_are_in_sku_order(Adapter adapter) {
        Products products = seeded(adapter.open());

        assertThat(products.find(Sku.of("RUG-S"))).contains(product("RUG-S", RUGS, 99900, 2));
        assertThat(products.all()).extracting(p -> p.sku().value()).containsExactly("AMLOU-500", "ARGAN-250", "RUG-S");
    }

    @OnEveryAdapter
    void saving_again_replaces_price_and_stock(Adapter adapter) {
        Products products = seeded(adapter.open());
        Product changed = products.get(Sku.of("RUG-S")).withPrice(mad(89900)).restock(10);

        products.save(changed);

        assertThat(products.get(Sku.of("RUG-S"))).isEqualTo(changed);
    }

    @OnEveryAdapter
    void taking_stock_takes_every_product_asked(Adapter adapter) {
        Products products = seeded(adapter.open());

        products.takeStock(units("RUG-S", 2, "ARGAN-250", 3));

        assertThat(stock(products, "RUG-S")).isZero();
        assertThat(stock(products, "ARGAN-250")).isEqualTo(2);
    }

    @OnEveryAdapter
    void taking_more_than_one_product_has_takes_nothing_at_all(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Products products = seeded(ports);

        assertThatThrownBy(() -> ports.transactions().inTransaction(
                () -> products.takeStock(units("ARGAN-250", 1, "RUG-S", 3))))
                .isInstanceOf(CatalogueException.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CatalogueException.INSUFFICIENT_STOCK));

        assertThat(stock(products, "ARGAN-250")).isEqualTo(5);
        assertThat(stock(products, "RUG-S")).isEqualTo(2);
    }

    @OnEveryAdapter
    void a_refused_take_inside_a_transaction_that_goes_on_leaves_stock_as_it_was(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Products products = seeded(ports);

        ports.transactions().inTransaction(() -> {
            assertThatThrownBy(() -> products.takeStock(units("ARGAN-250", 4, "RUG-S", 3)))
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(CatalogueException.INSUFFICIENT_STOCK));
            products.takeStock(units("ARGAN-250", 1));
        });

        assertThat(stock(products, "ARGAN-250")).isEqualTo(4);
        assertThat(stock(products, "RUG-S")).isEqualTo(2);
    }

    @OnEveryAdapter
    void taking_an_unknown_product_is_refused_and_takes_nothing(Adapter adapter) {
        Products products = seeded(adapter.open());

        assertThatThrownBy(() -> products.takeStock(units("ARGAN-250", 1, "NOPE", 1)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CatalogueException.UNKNOWN_PRODUCT));

        assertThat(stock(products, "ARGAN-250")).isEqualTo(5);
    }

    @OnEveryAdapter
    void a_read_after_a_take_in_the_same_transaction_sees_the_new_stock(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Products products = seeded(ports);

        long seen = ports.transactions().inTransaction(() -> {
            products.get(Sku.of("ARGAN-250"));
            products.takeStock(units("ARGAN-250", 5));
            return products.get(Sku.of("ARGAN-250")).stock();
        });

        assertThat(seen).isZero();
    }

    @OnEveryAdapter
    void returned_stock_is_added_back(Adapter adapter) {
        Products products = seeded(adapter.open());

        products.returnStock(units("AMLOU-500", 4, "RUG-S", 1));

        assertThat(stock(products, "AMLOU-500")).isEqualTo(4);
        assertThat(stock(products, "RUG-S")).isEqualTo(3);
    }

    @OnEveryAdapter
    void returning_stock_of_an_unknown_product_changes_nothing(Adapter adapter) {
        Products products = seeded(adapter.open());

        assertThatThrownBy(() -> products.returnStock(units("AMLOU-500", 4, "NOPE", 1)))
                .satisfies(e -> assertThat(reason(e)).isEqualTo(CatalogueException.UNKNOWN_PRODUCT));

        assertThat(stock(products, "AMLOU-500")).isZero();
    }
}
