package org.taawon.examples.shop.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.money.Money;
import org.taawon.examples.shop.TaawonConfiguration;

/**
 * A cooperative's earnings per calendar month (UTC), read from its payable account in the ledger:
 * sales, discounts, shipping, commission, fees, refunds and commission reversals, as the library
 * recorded them. Payout movements are left out: they move earnings, they do not earn.
 */
public final class MonthlyEarnings {

    private static final Set<EntryKind> PAYOUT_MOVES = Set.of(EntryKind.PAYOUT, EntryKind.PAYOUT_RETURNED,
            EntryKind.PAYOUT_SETTLED);

    private MonthlyEarnings() {
    }

    /** The last {@code count} months, oldest first, ending with the current one. */
    public static List<YearMonth> lastMonths(Clock clock, int count) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    public static Map<YearMonth, Money> of(LedgerEntries ledger, CooperativeId cooperative, List<YearMonth> months) {
        Map<YearMonth, Money> earnings = new LinkedHashMap<>();
        Money zero = Money.zero(TaawonConfiguration.MAD);
        months.forEach(m -> earnings.put(m, zero));
        for (LedgerEntries.Posting posting : ledger.postings(Account.payable(cooperative))) {
            if (PAYOUT_MOVES.contains(posting.entry().kind())) {
                continue;
            }
            YearMonth month = YearMonth.from(posting.recordedAt().atZone(ZoneOffset.UTC));
            earnings.computeIfPresent(month, (m, sum) -> sum.plus(posting.entry().amount()));
        }
        return earnings;
    }
}
