package org.taawon.core.ledger;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * Where a cooperative's money stands at an instant.
 *
 * @param cooperative the cooperative
 * @param pending     earned but still in its hold (counts later)
 * @param available   payable now (may be negative: a debt from refunds carried forward)
 * @param inFlight    in payouts not yet confirmed
 * @param paid        paid out so far
 */
public record CooperativeBalance(CooperativeId cooperative, Money pending, Money available, Money inFlight, Money paid) {

    public CooperativeBalance {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(inFlight, "inFlight");
        Objects.requireNonNull(paid, "paid");
    }

    public static CooperativeBalance of(LedgerEntries ledger, CooperativeId cooperative, Currency currency, Instant at) {
        Account payable = Account.payable(cooperative);
        Money available = ledger.balance(payable, currency, at);
        Money all = ledger.balance(payable, currency);
        return new CooperativeBalance(cooperative, all.minus(available), available,
                ledger.balance(Account.inFlight(cooperative), currency),
                ledger.balance(Account.paid(cooperative), currency));
    }
}
