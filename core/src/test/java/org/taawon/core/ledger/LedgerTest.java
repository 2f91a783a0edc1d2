package org.taawon.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.Amounts.T0;
import static org.taawon.core.fixtures.Amounts.eur;
import static org.taawon.core.fixtures.Amounts.hoursAfterT0;
import static org.taawon.core.fixtures.Amounts.mad;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_500;
import static org.taawon.core.fixtures.SeedCatalogue.ARGAN_OIL_250;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;
import static org.taawon.core.fixtures.SeedCatalogue.TIGHANIMINE;
import static org.taawon.core.fixtures.SeedCatalogue.ZAGORA;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.fixtures.Amounts;
import org.taawon.core.fixtures.SeedCatalogue;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderPlaced;

class LedgerTest {

    private static final Account COOP_A = Account.payable(CooperativeId.of("coop-a"));

    private static String reasonOf(Runnable operation) {
        try {
            operation.run();
        } catch (TaawonException e) {
            return e.reason();
        }
        throw new AssertionError("the operation was accepted");
    }

    @Nested
    class Transactions {

        @Test
        void refuse_entries_that_do_not_sum_to_zero() {
            assertThat(reasonOf(() -> LedgerTransaction.builder(TransactionId.of("t-1"), T0)
                    .add(Account.CUSTOMERS, EntryKind.CHARGE, mad(-100), T0)
                    .add(COOP_A, EntryKind.SALE, mad(99), T0).build())).isEqualTo("UNBALANCED_TRANSACTION");
        }

        @Test
        void refuse_no_entries_and_mixed_currencies() {
            assertThat(reasonOf(() -> LedgerTransaction.builder(TransactionId.of("t-1"), T0).build()))
                    .isEqualTo("EMPTY_TRANSACTION");
            assertThat(reasonOf(() -> new LedgerTransaction(TransactionId.of("t-1"), T0, List.of(
                    new LedgerEntry(Account.CUSTOMERS, EntryKind.CHARGE, mad(0), T0),
                    new LedgerEntry(COOP_A, EntryKind.SALE, eur(0), T0))))).isEqualTo("MIXED_CURRENCIES");
        }

        @Test
        void leave_out_zero_entries_but_can_keep_a_marker_for_an_event_that_moved_nothing() {
            LedgerTransaction.Builder builder = LedgerTransaction.builder(TransactionId.of("t-1"), T0)
                    .move(Account.CUSTOMERS, COOP_A, EntryKind.SALE, mad(0), T0);
            assertThat(builder.isEmpty()).isTrue();
            LedgerTransaction marked = builder.buildMarked(Account.CUSTOMERS, EntryKind.CHARGE, Amounts.MAD);
            assertThat(marked.entries()).containsExactly(new LedgerEntry(Account.CUSTOMERS, EntryKind.CHARGE, mad(0), T0));
        }

        @Test
        void accounts_per_cooperative_need_an_owner_and_the_others_refuse_one() {
            assertThatThrownBy(() -> new Account(AccountType.COOPERATIVE_PAYABLE, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Account(AccountType.PLATFORM_REVENUE, "x")).isInstanceOf(IllegalArgumentException.class);
            assertThat(COOP_A).hasToString("COOPERATIVE_PAYABLE:coop-a");
        }
    }

    @Nested
    class Entries {

        private final InMemoryLedgerEntries ledger = new InMemoryLedgerEntries();

        private LedgerTransaction sale(String id, long amount, Instant counts) {
            return LedgerTransaction.builder(TransactionId.of(id), T0)
                    .add(Account.CUSTOMERS, EntryKind.CHARGE, mad(-amount), T0)
                    .add(COOP_A, EntryKind.SALE, mad(amount), counts).build();
        }

        @Test
        void refuse_a_second_transaction_with_the_same_id_and_keep_the_first() {
            ledger.append(sale("sale:o-1", 100, T0));

            assertThat(reasonOf(() -> ledger.append(sale("sale:o-1", 999, T0)))).isEqualTo("DUPLICATE_TRANSACTION");
            assertThat(ledger.all()).hasSize(1);
            assertThat(ledger.balance(COOP_A, Amounts.MAD)).isEqualTo(mad(100));
        }

        @Test
        void count_each_entry_from_its_own_instant() {
            ledger.append(sale("sale:o-1", 100, hoursAfterT0(10)));
            ledger.append(sale("sale:o-2", 50, T0));

            assertThat(ledger.balance(COOP_A, Amounts.MAD, T0)).isEqualTo(mad(50));
            assertThat(ledger.balance(COOP_A, Amounts.MAD, hoursAfterT0(10).minusNanos(1))).isEqualTo(mad(50));
            assertThat(ledger.balance(COOP_A, Amounts.MAD, hoursAfterT0(10))).isEqualTo(mad(150));
            assertThat(ledger.balance(COOP_A, Amounts.MAD)).isEqualTo(mad(150));
            assertThat(ledger.balance(COOP_A, Amounts.EUR)).isEqualTo(eur(0));
            assertThat(ledger.postings(COOP_A)).extracting(p -> p.transaction().value()).containsExactly("sale:o-1", "sale:o-2");

            CooperativeBalance balance = CooperativeBalance.of(ledger, CooperativeId.of("coop-a"), Amounts.MAD, T0);
            assertThat(balance.available()).isEqualTo(mad(50));
            assertThat(balance.pending()).isEqualTo(mad(100));
        }

        @Test
        void sum_to_a_zero_trial_balance() {
            ledger.append(sale("sale:o-1", 100, hoursAfterT0(10)));
            ledger.append(sale("sale:o-2", 50, T0));

            TrialBalance trial = TrialBalance.of(ledger, Amounts.MAD);
            assertThat(trial.isZero()).isTrue();
            assertThat(trial.balances()).containsEntry(Account.CUSTOMERS, mad(-150)).containsEntry(COOP_A, mad(150));
        }
    }

    @Nested
    class Settlement_journal {

        @Test
        void records_a_sale_with_the_cooperative_s_earnings_counting_after_the_hold() {
            TaawonFixture taawon = SeedCatalogue.fixture();
            Order order = taawon.checkout(anOrder().id("o-1").line(ARGAN_OIL_250, 2).line(AMLOU_500, 1)
                    .shipping("coop-tighanimine", 3000));
            Instant hold = T0.plus(taawon.policy().hold());
            Account payable = Account.payable(TIGHANIMINE.id());

            LedgerTransaction sale = taawon.ledger().find(SettlementJournal.saleOf(order)).orElseThrow();
            assertThat(sale.recordedAt()).isEqualTo(T0);
            assertThat(sale.entries()).containsExactly(
                    new LedgerEntry(Account.CUSTOMERS, EntryKind.CHARGE, mad(-35500), T0),
                    new LedgerEntry(payable, EntryKind.SALE, mad(32500), hold),
                    new LedgerEntry(payable, EntryKind.SHIPPING, mad(3000), hold),
                    new LedgerEntry(payable, EntryKind.COMMISSION, mad(-2600), hold),
                    new LedgerEntry(Account.PLATFORM, EntryKind.COMMISSION, mad(2600), T0),
                    new LedgerEntry(Account.PLATFORM, EntryKind.FEE, mad(-1330), T0),
                    new LedgerEntry(Account.PROCESSOR, EntryKind.FEE, mad(1330), T0));
            assertThat(sale).isEqualTo(taawon.journal().saleTransaction(order, T0));
        }

        @Test
        void records_a_refund_at_once_with_the_commission_it_reverses() {
            TaawonFixture taawon = SeedCatalogue.fixture();
            taawon.checkout(anOrder().id("o-1").line(DATES_MEJHOUL_1K, 3).discount(500));
            taawon.refund("o-1", hoursAfterT0(5), false, 0, 1);

            // net 29497, one of three units: rhe(9832.33) = 9832; commission 5 % of 29497 = 1475, reversed 492
            Account payable = Account.payable(ZAGORA.id());
            LedgerTransaction refund = taawon.ledger().find(TransactionId.of("refund:o-1/refund-1")).orElseThrow();
            assertThat(refund.entries()).containsExactly(
                    new LedgerEntry(Account.CUSTOMERS, EntryKind.REFUND, mad(9832), hoursAfterT0(5)),
                    new LedgerEntry(payable, EntryKind.REFUND, mad(-9832), hoursAfterT0(5)),
                    new LedgerEntry(payable, EntryKind.COMMISSION_REVERSAL, mad(492), hoursAfterT0(5)),
                    new LedgerEntry(Account.PLATFORM, EntryKind.COMMISSION_REVERSAL, mad(-492), hoursAfterT0(5)));
            assertThat(taawon.ledger().balance(payable, Amounts.MAD, hoursAfterT0(5))).isEqualTo(mad(-9832 + 492));
        }

        @Test
        void a_sale_cannot_be_journaled_twice() {
            TaawonFixture taawon = SeedCatalogue.fixture();
            Order order = taawon.checkout(anOrder().id("o-1").line(AMLOU_500, 1));

            assertThat(reasonOf(() -> taawon.ledger().append(taawon.journal().saleTransaction(order, T0))))
                    .isEqualTo("DUPLICATE_TRANSACTION");
            assertThat(taawon.totals().charged()).isEqualTo(mad(8500));
        }

        @Test
        void reverses_commission_as_charged_even_after_the_cooperative_s_rate_changes() {
            TaawonFixture taawon = SeedCatalogue.fixture();
            taawon.checkout(anOrder().id("o-1").line(DATES_MEJHOUL_1K, 2));
            taawon.with(ZAGORA.withCommissionRate(BasisPoints.of(3000)));
            taawon.refund("o-1", hoursAfterT0(1), false, 0, 2);

            Money commission = taawon.totals().cooperative(ZAGORA.id()).commission();
            assertThat(commission).isEqualTo(mad(0));
            assertThat(taawon.totals().platform().commission()).isEqualTo(mad(0));
        }
    }
}
