package org.taawon.payments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;

import org.taawon.UnitOfWork;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.core.payout.InMemoryPayouts;
import org.taawon.core.payout.PayoutDispatch;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.RunPayouts;

/** Cooperatives with earnings waiting in the ledger, ready for a payout run, all in memory. */
public final class PayoutFixture {

    public static final Currency MAD = Currency.getInstance("MAD");
    public static final Instant EARNED_AT = Instant.parse("2026-03-01T00:00:00Z");
    public static final Instant RUN_AT = Instant.parse("2026-03-10T00:00:00Z");

    public final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    public final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    public final InMemoryPayouts payouts = new InMemoryPayouts();
    public final Clock clock = Clock.fixed(RUN_AT, ZoneOffset.UTC);

    /** A cooperative paid to {@code destination} that has earned {@code minor} centimes. */
    public PayoutFixture cooperative(String id, PayoutDestination destination, long minor) {
        CooperativeId coop = CooperativeId.of(id);
        cooperatives.save(Cooperative.of(coop, id, CooperativeKind.WOMEN, "Souss-Massa", MAD)
                .withPayoutDestination(destination));
        ledger.append(LedgerTransaction.builder(TransactionId.of("earned:" + id), EARNED_AT)
                .move(Account.CUSTOMERS, Account.payable(coop), EntryKind.SALE, Money.of(minor, MAD), EARNED_AT)
                .build());
        return this;
    }

    /** More earnings for a cooperative, counting from {@code at}. */
    public PayoutFixture earn(String id, String tag, long minor, Instant at) {
        ledger.append(LedgerTransaction.builder(TransactionId.of("earned:" + id + ":" + tag), at)
                .move(Account.CUSTOMERS, Account.payable(CooperativeId.of(id)), EntryKind.SALE, Money.of(minor, MAD), at)
                .build());
        return this;
    }

    public RunPayouts runPayouts(PayoutRail rail) {
        return new RunPayouts(cooperatives, ledger, payouts, rail, UnitOfWork.DIRECT, clock, MAD);
    }

    public PayoutDispatch dispatch(PayoutRail rail) {
        return new PayoutDispatch(ledger, payouts, rail, UnitOfWork.DIRECT, clock);
    }

    public Money balance(Account account) {
        return ledger.balance(account, MAD);
    }
}
