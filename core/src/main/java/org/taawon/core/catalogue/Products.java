package org.taawon.core.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Repository port: the products on sale and their stock. */
public interface Products {

    Optional<Product> find(Sku sku);

    /** Every product, in order of sku. */
    List<Product> all();

    /** Adds a product or replaces the one with the same sku (price, name, stock). */
    void save(Product product);

    /**
     * Takes the given units out of stock, all or nothing: when any product has fewer units than asked
     * it throws {@link CatalogueException} with {@link CatalogueException#INSUFFICIENT_STOCK} and no
     * stock changes. Implementations make this atomic against concurrent callers, so stock is never
     * oversold.
     */
    void takeStock(Map<Sku, Long> units);

    /** Puts units back into stock (refunds with restock, cancelled orders). */
    void returnStock(Map<Sku, Long> units);

    default Product get(Sku sku) {
        return find(sku).orElseThrow(() -> new CatalogueException(CatalogueException.UNKNOWN_PRODUCT, "no product " + sku));
    }
}
