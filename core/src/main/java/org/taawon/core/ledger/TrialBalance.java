package org.taawon.core.ledger;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * Every account's balance and their sum, which double entry keeps at zero. A non-zero total means
 * the ledger was written outside the library.
 *
 * @param balances per account
 * @param total    their sum
 */
public record TrialBalance(Map<Account, Money> balances, Money total) {

    public TrialBalance {
        balances = Map.copyOf(balances);
        Objects.requireNonNull(total, "total");
    }

    public static TrialBalance of(LedgerEntries ledger, Currency currency) {
        Map<Account, Money> balances = ledger.balances(currency);
        Money total = Money.zero(currency);
        for (Money balance : balances.values()) {
            total = total.plus(balance);
        }
        return new TrialBalance(balances, total);
    }

    public boolean isZero() {
        return total.isZero();
    }
}
