package org.taawon.examples.shop.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.taawon.core.money.MoneyFormat;

/** The shop's languages: French (the default), Arabic (right to left) and English. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("fr", "ar", "en");
    public static final String DEFAULT = "fr";

    private Languages() {
    }

    /** The language of the current request: {@code fr}, {@code ar} or {@code en}. */
    public static String current() {
        return of(LocaleContextHolder.getLocale());
    }

    public static String of(Locale locale) {
        String language = locale == null ? DEFAULT : locale.getLanguage();
        return SUPPORTED.contains(language) ? language : DEFAULT;
    }

    public static boolean isRightToLeft(String language) {
        return "ar".equals(language);
    }

    /** The locale amounts are formatted in for a language (Moroccan French and Arabic, or English). */
    public static Locale moneyLocale(String language) {
        return switch (language) {
            case "ar" -> MoneyFormat.ARABIC_MOROCCO;
            case "en" -> MoneyFormat.ENGLISH;
            default -> MoneyFormat.FRENCH_MOROCCO;
        };
    }
}
