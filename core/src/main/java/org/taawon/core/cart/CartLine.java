package org.taawon.core.cart;

import java.util.Objects;

import org.taawon.core.catalogue.Sku;

/**
 * A product and a number of units. The quantity is not range-checked here: carts and checkout check
 * it against {@link #MIN_QUANTITY}..{@link #MAX_QUANTITY} and refuse with a reason code, so that a
 * request read from outside can be judged in the order the rules give.
 */
public record CartLine(Sku sku, long quantity) {

    public static final long MIN_QUANTITY = 1;
    public static final long MAX_QUANTITY = 1_000_000;

    public CartLine {
        Objects.requireNonNull(sku, "sku");
    }

    public static CartLine of(String sku, long quantity) {
        return new CartLine(Sku.of(sku), quantity);
    }

    public boolean hasValidQuantity() {
        return isValidQuantity(quantity);
    }

    public static boolean isValidQuantity(long quantity) {
        return quantity >= MIN_QUANTITY && quantity <= MAX_QUANTITY;
    }
}
