package org.taawon.core.catalogue;

import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * A product on sale: its price is the only price the library ever charges for it (never one sent by
 * a caller), and its stock is what checkouts take from.
 *
 * @param sku         its stock-keeping unit
 * @param cooperative the cooperative that makes and ships it
 * @param name        display name
 * @param category    a free category (for example {@code argan}, {@code rugs}), may be empty
 * @param price       unit price, not negative
 * @param stock       units on hand, not negative
 */
public record Product(Sku sku, CooperativeId cooperative, String name, String category, Money price, long stock) {

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new CatalogueException(CatalogueException.INVALID_PRICE, "price of " + sku + " must not be negative");
        }
        if (stock < 0) {
            throw new CatalogueException(CatalogueException.INVALID_STOCK, "stock of " + sku + " must not be negative");
        }
    }

    public boolean hasInStock(long units) {
        return units <= stock;
    }

    /** This product with {@code units} fewer in stock; refuses to go below zero. */
    public Product take(long units) {
        if (units < 0) {
            throw new CatalogueException(CatalogueException.INVALID_QUANTITY, "cannot take " + units + " units of " + sku);
        }
        if (units > stock) {
            throw new CatalogueException(CatalogueException.INSUFFICIENT_STOCK,
                    "only " + stock + " units of " + sku + " in stock, " + units + " wanted");
        }
        return new Product(sku, cooperative, name, category, price, stock - units);
    }

    /** This product with {@code units} more in stock (a restock or a refunded return). */
    public Product restock(long units) {
        if (units < 0) {
            throw new CatalogueException(CatalogueException.INVALID_QUANTITY, "cannot restock " + units + " units of " + sku);
        }
        try {
            return new Product(sku, cooperative, name, category, price, Math.addExact(stock, units));
        } catch (ArithmeticException e) {
            throw new CatalogueException(CatalogueException.INVALID_STOCK, "stock of " + sku + " out of range");
        }
    }

    public Product withPrice(Money newPrice) {
        return new Product(sku, cooperative, name, category, newPrice, stock);
    }
}
