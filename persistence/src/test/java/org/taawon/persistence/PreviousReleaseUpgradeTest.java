package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.persistence.Fixtures.MAD;
import static org.taawon.persistence.PreviousRelease.CANCELLED;
import static org.taawon.persistence.PreviousRelease.PAID_ORDERS;
import static org.taawon.persistence.PreviousRelease.STALE;
import static org.taawon.persistence.PreviousRelease.T;
import static org.taawon.persistence.PreviousRelease.UNPAID;
import static org.taawon.persistence.PreviousRelease.UNPAID_ORDERS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.AccountType;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.LinesRefunded;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PaymentMethod;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.order.SubOrder;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;
import org.taawon.persistence.support.DatabaseVendor;
import org.taawon.persistence.support.TaawonSchema;

/**
 * A database made by the previous release, which booked every sale at checkout, is upgraded by the
 * store's own start-up: the sales of orders still unpaid are reversed by {@code unpaid:<id>}
 * transactions (V8) without touching a row of the ledger, and the orders then live the new life:
 * paid (the sale booked again as {@code sale:<id>:paid}), refunded, expired, paid out.
 */
class PreviousReleaseUpgradeTest {

    private static final Instant PAY_AT = T.plus(Duration.ofDays(5));
    private static final Instant REFUND_AT = PAY_AT.plus(Duration.ofHours(1));
    private static final Instant EXPIRE_AT = PAY_AT.plus(Duration.ofHours(2));
    private static final Instant RUN_AT = PAY_AT.plus(Duration.ofDays(8));

    @OnEveryDatabase
    void an_upgrade_reverses_the_sales_of_unpaid_orders_and_the_orders_then_live_the_new_life(TestDatabase database) throws SQLException {
        database.assumeReachable();
        String url = database.freshJdbcUrl();
        String user = database == TestDatabase.H2 ? "sa" : database.user();
        String password = database == TestDatabase.H2 ? "" : database.password();
        PreviousRelease previous = new PreviousRelease();

        List<String> before;
        Map<String, Long> reserved;
        try (HikariDataSource dataSource = dataSource(url, user, password)) {
            DatabaseVendor vendor = DatabaseVendor.of(dataSource);
            Flyway flyway = Flyway.configure(TaawonSchema.class.getClassLoader())
                    .configuration(TaawonSchema.flyway(dataSource).getConfiguration()).target("6?").load(); // H2 and MariaDB have no migration 6 of their own
            flyway.migrate();
            assertThat(Integer.parseInt(flyway.info().current().getVersion().getVersion())).isBetween(5, 6);
            try (Connection connection = dataSource.getConnection()) {
                reserved = previous.write(connection, vendor);
                before = PreviousRelease.ledgerRows(connection);
            }
        }

        try (TaawonStore store = TaawonStore.builder().jdbcUrl(url).user(user).password(password).maximumPoolSize(2).build()) {
            List<String> after;
            try (Connection connection = store.dataSource().getConnection()) {
                after = PreviousRelease.ledgerRows(connection);
            }
            SettlementJournal journal = new SettlementJournal(store.ledger(), store.cooperatives(), new SplitRules(SplitPolicy.defaults(MAD)));

            // Nothing the previous release wrote changed; the only new rows are the reversals of the unpaid sales.
            assertThat(after).startsWith(before.stream().filter(r -> r.startsWith("transaction ")).toArray(String[]::new));
            assertThat(after).containsAll(before);
            Set<String> added = new HashSet<>(after);
            before.forEach(added::remove);
            int reversedEntries = UNPAID_ORDERS.stream().mapToInt(id -> saleOf(previous, id).entries().size()).sum();
            assertThat(added).hasSize(UNPAID_ORDERS.size() + reversedEntries);
            // Their ids come from the sequences: none lies in a block the previous release had reserved.
            for (String row : added) {
                String[] words = row.split(" ");
                String sequence = words[0].equals("transaction") ? "taawon_ledger_transaction_seq" : "taawon_ledger_entry_seq";
                assertThat(Long.parseLong(words[1])).as(row).isGreaterThan(reserved.get(sequence));
            }
            List<String> expectedIds = new ArrayList<>(previous.transactions().stream().map(t -> t.id().value()).toList());
            UNPAID_ORDERS.forEach(id -> expectedIds.add("unpaid:" + id.value()));
            assertThat(store.ledger().all()).extracting(t -> t.id().value()).containsExactlyInAnyOrderElementsOf(expectedIds);
            assertThat(store.ledger().all()).filteredOn(t -> !t.id().value().startsWith("unpaid:"))
                    .containsExactlyElementsOf(previous.transactions());

            for (OrderId id : UNPAID_ORDERS) {
                LedgerTransaction sale = saleOf(previous, id);
                LedgerTransaction reversal = store.ledger().find(SettlementJournal.unpaidOf(previous.order(id))).orElseThrow();
                assertThat(reversal.recordedAt()).isEqualTo(sale.recordedAt());
                assertThat(reversal.entries()).containsExactlyElementsOf(sale.entries().stream()
                        .map(e -> new LedgerEntry(e.account(), e.kind(), e.amount().negate(), e.effectiveAt())).toList());
            }
            assertThat(TrialBalance.of(store.ledger(), MAD).total()).isEqualTo(Money.zero(MAD));
            // Each cooperative's payable balance counts only the orders paid, at any instant.
            for (Instant at : List.of(T.plus(Duration.ofDays(7)).plus(Duration.ofHours(5)), RUN_AT)) {
                for (Cooperative cooperative : previous.cooperatives) {
                    assertThat(store.ledger().balance(Account.payable(cooperative.id()), MAD, at))
                            .isEqualTo(payable(previous.transactions(), paidOrderTransactions(previous, PAID_ORDERS), cooperative.id(), at));
                }
            }

            // The orders as the new release reads them.
            for (OrderId id : PreviousRelease.ORDERS) {
                Order order = store.orders().get(id);
                Order written = previous.order(id);
                assertThat(order.method()).isEqualTo(PaymentMethod.CARD);
                assertThat(order.status()).isEqualTo(written.status());
                assertThat(order.total()).isEqualTo(written.total());
                if (PAID_ORDERS.contains(id)) {
                    assertThat(order.paidAt()).contains(order.placedAt());
                    assertThat(order.subOrders()).extracting(SubOrder::paidAt).containsOnly(Optional.of(order.placedAt()));
                } else {
                    assertThat(order.paidAt()).isEmpty();
                }
            }
            assertThat(store.orders().get(CANCELLED).status()).isEqualTo(OrderStatus.CANCELLED);

            // The unpaid order is paid: its sale is booked again, from the payment.
            InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
            ConfirmPayment confirm = new ConfirmPayment(store.orders(), journal, gateway, store.paymentRecords());
            ConfirmPayment.Confirmation confirmation = store.transactions().inTransaction(() -> confirm.confirm(UNPAID, "pay_late", PAY_AT));
            assertThat(confirmation.outcome()).isEqualTo(ConfirmPayment.Outcome.BOOKED);
            Order paid = store.orders().get(UNPAID);
            LedgerTransaction resale = store.ledger().find(SettlementJournal.resaleOf(paid)).orElseThrow();
            LedgerTransaction expectedResale = journal.saleTransaction(paid, PAY_AT);
            assertThat(resale.recordedAt()).isEqualTo(PAY_AT);
            assertThat(resale.entries()).containsExactlyElementsOf(expectedResale.entries());
            assertThat(journal.saleFor(paid)).contains(resale);

            // Refunded: the commission reversed is the resale's.
            Refund refund = store.transactions().inTransaction(() -> new RefundLines(store.orders(), store.products(), journal)
                    .refund(new RefundRequest(UNPAID, List.of(new RefundRequest.Line(1, 1)), true, REFUND_AT)));
            Order refunded = store.orders().get(UNPAID);
            InMemoryLedgerEntries onlyTheResale = new InMemoryLedgerEntries();
            onlyTheResale.append(resale);
            InMemoryCooperatives cooperatives = new InMemoryCooperatives();
            previous.cooperatives.forEach(cooperatives::save);
            new SettlementJournal(onlyTheResale, cooperatives, new SplitRules(SplitPolicy.defaults(MAD)))
                    .linesRefunded(new LinesRefunded(refunded, refund));
            TransactionId refundId = TransactionId.of("refund:" + refund.id(UNPAID));
            LedgerTransaction expectedRefund = onlyTheResale.find(refundId).orElseThrow();
            assertThat(store.ledger().find(refundId)).contains(expectedRefund);
            assertThat(expectedRefund.entries()).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(EntryKind.COMMISSION_REVERSAL);
                assertThat(e.account().type()).isEqualTo(AccountType.COOPERATIVE_PAYABLE);
                assertThat(e.amount().isPositive()).isTrue();
            });

            // The other unpaid order expires: its stock comes back and nothing is booked.
            long stockBefore = store.products().get(Sku.of("ARGAN-250")).stock();
            int ledgerSize = store.ledger().all().size();
            ExpireUnpaidOrders expire = new ExpireUnpaidOrders(store.orders(), new CancelOrder(store.orders(),
                    store.products(), journal), store.unitOfWork(), Clock.fixed(EXPIRE_AT, ZoneOffset.UTC), ExpireUnpaidOrders.DEFAULT_TIMEOUT);
            assertThat(expire.run()).isEqualTo(1);
            assertThat(store.orders().get(STALE).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(store.products().get(Sku.of("ARGAN-250")).stock())
                    .isEqualTo(stockBefore + previous.order(STALE).lines().get(0).quantity());
            assertThat(store.ledger().all()).hasSize(ledgerSize);
            assertThat(TrialBalance.of(store.ledger(), MAD).total()).isEqualTo(Money.zero(MAD));

            // A payout run pays exactly what the paid orders earned.
            List<OrderId> paidNow = new ArrayList<>(PAID_ORDERS);
            paidNow.add(UNPAID);
            Set<TransactionId> earning = new HashSet<>(paidOrderTransactions(previous, PAID_ORDERS));
            earning.add(resale.id());
            earning.add(refundId);
            List<LedgerTransaction> ledgerNow = store.ledger().all();
            new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), new InMemoryPayoutRail(), store.unitOfWork(),
                    Clock.fixed(RUN_AT, ZoneOffset.UTC), MAD).run(PayoutRunId.of("run-upgrade"), RUN_AT);
            Map<CooperativeId, Money> expectedPayouts = new TreeMap<>(Comparator.comparing(CooperativeId::value));
            for (Cooperative cooperative : previous.cooperatives) {
                Money available = payable(ledgerNow, earning, cooperative.id(), RUN_AT);
                if (available.minor() >= Math.max(1, cooperative.payoutMinimum().minor())) {
                    expectedPayouts.put(cooperative.id(), available);
                }
            }
            Map<CooperativeId, Money> payouts = new TreeMap<>(Comparator.comparing(CooperativeId::value));
            for (Payout payout : store.payouts().forRun(PayoutRunId.of("run-upgrade"))) {
                payouts.merge(payout.cooperative(), payout.amount(), Money::plus);
            }
            assertThat(expectedPayouts).isNotEmpty();
            assertThat(payouts).isEqualTo(expectedPayouts);
            assertThat(paidNow).allSatisfy(id -> assertThat(store.orders().get(id).status().isPaid()).isTrue());
        }
    }

    private static LedgerTransaction saleOf(PreviousRelease previous, OrderId id) {
        return previous.ledger.find(SettlementJournal.saleOf(previous.order(id))).orElseThrow();
    }

    /** The transactions of the paid orders: their sales and refunds. */
    private static Set<TransactionId> paidOrderTransactions(PreviousRelease previous, List<OrderId> paid) {
        Set<TransactionId> ids = new HashSet<>();
        for (OrderId id : paid) {
            Order order = previous.order(id);
            ids.add(SettlementJournal.saleOf(order));
            order.refunds().forEach(r -> ids.add(TransactionId.of("refund:" + r.id(id))));
        }
        return ids;
    }

    /** What {@code transactions} of ids {@code among} put on the cooperative's payable account, counting at {@code at}. */
    private static Money payable(List<LedgerTransaction> transactions, Set<TransactionId> among, CooperativeId cooperative, Instant at) {
        Money sum = Money.zero(MAD);
        for (LedgerTransaction tx : transactions) {
            if (!among.contains(tx.id())) {
                continue;
            }
            for (LedgerEntry entry : tx.entries()) {
                if (entry.account().equals(Account.payable(cooperative)) && !entry.effectiveAt().isAfter(at)) {
                    sum = sum.plus(entry.amount());
                }
            }
        }
        return sum;
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(3);
        return new HikariDataSource(config);
    }
}
