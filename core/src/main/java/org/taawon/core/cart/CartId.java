package org.taawon.core.cart;

import org.taawon.core.catalogue.Ids;

/** A cart's id, given by the host (typically tied to the shopper's session). */
public record CartId(String value) {

    public CartId {
        Ids.requireValid(value, "cart id");
    }

    public static CartId of(String value) {
        return new CartId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
