package org.taawon.examples.shop.showcase;

import java.util.Objects;

/** A text in the shop's three languages. */
public record Texts(String fr, String ar, String en) {

    public Texts {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language} ({@code fr}, {@code ar} or {@code en}); French for any other. */
    public String in(String language) {
        return switch (language) {
            case "ar" -> ar;
            case "en" -> en;
            default -> fr;
        };
    }
}
