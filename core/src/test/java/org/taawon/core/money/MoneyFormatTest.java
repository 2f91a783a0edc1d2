package org.taawon.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    /**
     * Locale data separates with no-break spaces and marks text direction with invisible characters;
     * the table below writes them as plain spaces and leaves the marks out.
     */
    private static String visible(String formatted) {
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ').replace("\u200e", "").replace("\u200f", "");
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "fr-MA | 12050     | MAD | 120,50 MAD",
            "fr-MA | 123456789 | MAD | 1.234.567,89 MAD",
            "fr-MA | -307      | MAD | -3,07 MAD",
            "fr-MA | 4999      | JPY | 4.999 JPY",
            "fr-MA | 1234      | KWD | 1,234 KWD",
            "ar-MA | 12050     | MAD | د.م. 120,50",
            "ar-MA | 123456789 | MAD | د.م. 1.234.567,89",
            "ar-MA | 1500      | EUR | € 15,00",
            "en    | 12050     | MAD | MAD120.50",
            "en    | 123456789 | MAD | MAD1,234,567.89",
            "en    | 1500      | EUR | €15.00",
            "en    | 4999      | JPY | ¥4,999",
    })
    void formats_amounts_for_the_locales_taawon_ships(String tag, long minor, String currency, String expected) {
        MoneyFormat format = MoneyFormat.of(Locale.forLanguageTag(tag));
        assertThat(visible(format.format(Money.of(minor, Currency.getInstance(currency))))).isEqualTo(expected);
    }

    @Test
    void always_shows_the_currency_s_minor_digits() {
        assertThat(visible(MoneyFormat.of(MoneyFormat.ENGLISH).format(Money.of(100, "MAD")))).isEqualTo("MAD1.00");
        assertThat(visible(MoneyFormat.of(MoneyFormat.FRENCH_MOROCCO).format(Money.of(0, "EUR")))).isEqualTo("0,00 €");
    }

    @Test
    void names_the_locales_it_ships_and_keeps_the_one_it_was_given() {
        assertThat(MoneyFormat.FRENCH_MOROCCO.toLanguageTag()).isEqualTo("fr-MA");
        assertThat(MoneyFormat.ARABIC_MOROCCO.toLanguageTag()).isEqualTo("ar-MA");
        assertThat(MoneyFormat.ENGLISH.toLanguageTag()).isEqualTo("en");
        assertThat(MoneyFormat.of(MoneyFormat.ARABIC_MOROCCO).locale()).isEqualTo(MoneyFormat.ARABIC_MOROCCO);
    }
}
