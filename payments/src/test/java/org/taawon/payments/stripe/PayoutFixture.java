package org.taawon.payments.stripe;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;

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
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.payout.UnitOfWork;

/** Cooperatives with earnings waiting in the ledger, ready for a payout run, all in memory. */
final class PayoutFixture {

    static final Currency MAD = Currency.getInstance("MAD");
    static final Instant EARNED_AT = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant RUN_AT = Instant.parse("2026-03-10T00:00:00Z");

    final InMemoryCooperatives cooperatives = new InMemoryCooperatives();
    final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();
    final InMemoryPayouts payouts = new InMemoryPayouts();
    final Clock clock = Clock.fixed(RUN_AT, ZoneOffset.UTC);

    /** A cooperative paid to {@code destination} that has earned {@code minor} centimes. */
    PayoutFixture cooperative(String id, PayoutDestination destination, long minor) {
        CooperativeId coop = CooperativeId.of(id);
        cooperatives.save(Cooperative.of(coop, id, CooperativeKind.WOMEN, "Souss-Massa", MAD)
                .withPayoutDestination(destination));
        ledger.append(LedgerTransaction.builder(TransactionId.of("earned:" + id), EARNED_AT)
                .move(Account.CUSTOMERS, Account.payable(coop), EntryKind.SALE, Money.of(minor, MAD), EARNED_AT)
                .build());
        return this;
    }

    RunPayouts runPayouts(PayoutRail rail) {
        return new RunPayouts(cooperatives, ledger, payouts, rail, UnitOfWork.DIRECT, clock, MAD);
    }

    Money balance(Account account) {
        return ledger.balance(account, MAD);
    }
}
