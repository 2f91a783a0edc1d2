package org.taawon.examples.shop.web;

import org.springframework.stereotype.Component;
import org.taawon.core.money.Money;
import org.taawon.core.money.MoneyFormat;

/** Formats amounts in the current request's language with the library's {@link MoneyFormat}; templates call it as {@code @amounts}. */
@Component("amounts")
public class Amounts {

    public String format(Money money) {
        return in(Languages.current(), money);
    }

    public static String in(String language, Money money) {
        return MoneyFormat.of(Languages.moneyLocale(language)).format(money);
    }
}
