package org.taawon.examples.shop.showcase;

import java.util.Objects;

import org.taawon.core.catalogue.Product;

/**
 * A product as seeded: the library's product (price, stock, category) and its name per language.
 *
 * @param product the library's product
 * @param names   its name per language
 */
public record ProductProfile(Product product, Texts names) {

    public ProductProfile {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(names, "names");
    }

    public String sku() {
        return product.sku().value();
    }
}
