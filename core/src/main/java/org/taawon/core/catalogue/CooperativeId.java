package org.taawon.core.catalogue;

/** A cooperative's id, chosen by the platform (for example {@code coop-tighanimine}). */
public record CooperativeId(String value) implements Comparable<CooperativeId> {

    public CooperativeId {
        Ids.requireValid(value, "cooperative id");
    }

    public static CooperativeId of(String value) {
        return new CooperativeId(value);
    }

    @Override
    public int compareTo(CooperativeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
