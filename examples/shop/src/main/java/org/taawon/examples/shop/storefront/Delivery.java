package org.taawon.examples.shop.storefront;

import java.util.Objects;

/**
 * Where an order goes, as the shopper typed it at checkout.
 *
 * @param name    who receives it
 * @param email   where the confirmation goes
 * @param address street and number
 * @param city    town and postcode
 */
public record Delivery(String name, String email, String address, String city) {

    public Delivery {
        name = clean(name);
        email = clean(email);
        address = clean(address);
        city = clean(city);
    }

    public boolean isComplete() {
        return !name.isEmpty() && !address.isEmpty() && !city.isEmpty();
    }

    private static String clean(String text) {
        String value = Objects.requireNonNullElse(text, "").strip();
        return value.length() > 200 ? value.substring(0, 200) : value;
    }
}
