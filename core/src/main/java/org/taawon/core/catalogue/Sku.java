package org.taawon.core.catalogue;

/** A product's stock-keeping unit, unique in the catalogue (for example {@code ARGAN-OIL-250}). */
public record Sku(String value) implements Comparable<Sku> {

    public Sku {
        Ids.requireValid(value, "sku");
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public int compareTo(Sku other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
