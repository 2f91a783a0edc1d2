package org.taawon.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.ARGAN;
import static org.taawon.persistence.Fixtures.MAD;
import static org.taawon.persistence.Fixtures.RUGS;
import static org.taawon.persistence.Fixtures.T0;
import static org.taawon.persistence.Fixtures.mad;
import static org.taawon.persistence.Fixtures.sale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerException;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.TaawonException;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link LedgerEntries} contract, on every adapter. */
class LedgerEntriesContractTest {

    private static LedgerEntries seeded(Adapter adapter) {
        LedgerEntries ledger = adapter.open().ledger();
        ledger.append(sale("sale:o-1", ARGAN, 10000, T0));
        ledger.append(sale("sale:o-2", RUGS, 5000, T0.plusSeconds(60)));
        ledger.append(sale("sale:o-3", ARGAN, 2000, T0.plus(Duration.ofDays(3))));
        return ledger;
    }

    @OnEveryAdapter
    void appended_transactions_are_found_whole_and_listed_in_order_recorded(Adapter adapter) {
        LedgerEntries ledger = seeded(adapter);

        assertThat(ledger.find(TransactionId.of("sale:o-2"))).contains(sale("sale:o-2", RUGS, 5000, T0.plusSeconds(60)));
        assertThat(ledger.contains(TransactionId.of("sale:o-3"))).isTrue();
        assertThat(ledger.contains(TransactionId.of("sale:o-4"))).isFalse();
        assertThat(ledger.all()).extracting(t -> t.id().value()).containsExactly("sale:o-1", "sale:o-2", "sale:o-3");
    }

    @OnEveryAdapter
    void recording_the_same_transaction_id_twice_is_refused_and_changes_nothing(Adapter adapter) {
        LedgerEntries ledger = seeded(adapter);

        assertThatThrownBy(() -> ledger.append(sale("sale:o-1", RUGS, 1, T0)))
                .isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((TaawonException) e).reason()).isEqualTo(LedgerException.DUPLICATE_TRANSACTION));

        assertThat(ledger.balance(Account.payable(RUGS), MAD)).isEqualTo(mad(4500));
        assertThat(ledger.all()).hasSize(3);
    }

    @OnEveryAdapter
    void transactions_appended_together_are_recorded_in_order_and_a_duplicate_among_them_refuses_them_all(Adapter adapter) {
        LedgerEntries ledger = seeded(adapter);

        ledger.appendAll(List.of(sale("sale:o-4", RUGS, 100, T0), sale("sale:o-5", ARGAN, 200, T0)));
        assertThat(ledger.all()).extracting(t -> t.id().value())
                .containsExactly("sale:o-1", "sale:o-2", "sale:o-3", "sale:o-4", "sale:o-5");
        assertThat(ledger.find(TransactionId.of("sale:o-5"))).contains(sale("sale:o-5", ARGAN, 200, T0));

        for (List<LedgerTransaction> refused : List.of(
                List.of(sale("sale:o-6", RUGS, 1, T0), sale("sale:o-2", RUGS, 1, T0)),
                List.of(sale("sale:o-7", RUGS, 1, T0), sale("sale:o-7", RUGS, 1, T0)))) {
            assertThatThrownBy(() -> ledger.appendAll(refused))
                    .isInstanceOf(LedgerException.class)
                    .satisfies(e -> assertThat(((TaawonException) e).reason()).isEqualTo(LedgerException.DUPLICATE_TRANSACTION));
        }
        assertThat(ledger.all()).hasSize(5);
    }

    @OnEveryAdapter
    void a_balance_as_of_an_instant_counts_only_entries_effective_by_then(Adapter adapter) {
        LedgerEntries ledger = seeded(adapter);
        Account payable = Account.payable(ARGAN);

        assertThat(ledger.balance(payable, MAD, T0.plus(Duration.ofDays(7)).minusNanos(1))).isEqualTo(mad(0));
        assertThat(ledger.balance(payable, MAD, T0.plus(Duration.ofDays(7)))).isEqualTo(mad(9000));
        assertThat(ledger.balance(payable, MAD, T0.plus(Duration.ofDays(10)))).isEqualTo(mad(10800));
        assertThat(ledger.balance(payable, MAD, Instant.MAX)).isEqualTo(mad(10800));
        assertThat(ledger.balance(payable, MAD)).isEqualTo(mad(10800));
        assertThat(ledger.balance(Account.paid(ARGAN), MAD)).isEqualTo(mad(0));
    }

    @OnEveryAdapter
    void totals_by_kind_and_balances_are_sums_that_balance_to_zero(Adapter adapter) {
        LedgerEntries ledger = seeded(adapter);
        ledger.append(LedgerTransaction.builder(TransactionId.of("payout:r-1/coop-argan"), T0.plus(Duration.ofDays(8)))
                .move(Account.payable(ARGAN), Account.inFlight(ARGAN), EntryKind.PAYOUT, mad(9000), T0.plus(Duration.ofDays(8)))
                .build());

        assertThat(ledger.totalsByKind(Account.payable(ARGAN), MAD))
                .isEqualTo(Map.of(EntryKind.SALE, mad(10800), EntryKind.PAYOUT, mad(-9000)));
        assertThat(ledger.balances(MAD)).containsEntry(Account.CUSTOMERS, mad(-17000))
                .containsEntry(Account.PLATFORM, mad(1700)).containsEntry(Account.payable(ARGAN), mad(1800))
                .containsEntry(Account.inFlight(ARGAN), mad(9000)).containsEntry(Account.payable(RUGS), mad(4500))
                .hasSize(5);
        assertThat(TrialBalance.of(ledger, MAD).isZero()).isTrue();
    }

    @OnEveryAdapter
    void postings_of_an_account_carry_their_transaction_in_order(Adapter adapter) {
        LedgerEntries ledger = seeded(adapter);

        assertThat(ledger.postings(Account.payable(ARGAN))).satisfiesExactly(
                p -> {
                    assertThat(p.transaction()).isEqualTo(TransactionId.of("sale:o-1"));
                    assertThat(p.recordedAt()).isEqualTo(T0);
                    assertThat(p.entry().amount()).isEqualTo(mad(9000));
                    assertThat(p.entry().effectiveAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
                },
                p -> assertThat(p.transaction()).isEqualTo(TransactionId.of("sale:o-3")));
        assertThat(ledger.postings(Account.paid(RUGS))).isEmpty();
    }
}
