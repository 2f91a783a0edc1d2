package org.taawon.core.money;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats amounts for people, with the locale's digits, separators and currency sign. The locales
 * Taawon ships pages in are named here; any other {@link Locale} works as well.
 */
public final class MoneyFormat {

    public static final Locale FRENCH_MOROCCO = Locale.forLanguageTag("fr-MA");
    public static final Locale ARABIC_MOROCCO = Locale.forLanguageTag("ar-MA");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;

    private MoneyFormat(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public static MoneyFormat of(Locale locale) {
        return new MoneyFormat(locale);
    }

    public String format(Money money) {
        // NumberFormat is not thread-safe: one per call keeps MoneyFormat shareable.
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        int digits = money.currency().getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toDecimal());
    }

    public Locale locale() {
        return locale;
    }
}
