package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.persistence.Fixtures.MAD;
import static org.taawon.persistence.Fixtures.mad;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.ledger.CooperativeBalance;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.InMemoryPaymentRecords;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.order.ShipSubOrder;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;

/**
 * A month of a small shop through core's use cases, each in a transaction of the adapter: checkouts,
 * payments, a rejected checkout, a cancellation, shipping, refunds and two payout runs. Every adapter
 * must end in exactly the state the in-memory adapters reach.
 */
class SettlementFlowTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @OnEveryAdapter
    void a_month_of_settlement_ends_the_same_on_every_adapter(Adapter adapter) {
        List<String> expected = settle(Adapter.IN_MEMORY.open());
        assertThat(settle(adapter.open())).isEqualTo(expected);
    }

    private static List<String> settle(Adapter.Ports store) {
        SettlementJournal journal = new SettlementJournal(store.ledger(), store.cooperatives(), new SplitRules(SplitPolicy.defaults(MAD)));
        PlaceOrder place = new PlaceOrder(store.products(), store.orders(), journal, MAD);
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        PayOrder pay = new PayOrder(store.orders(), gateway,
                new ConfirmPayment(store.orders(), journal, gateway, new InMemoryPaymentRecords()));
        RefundLines refund = new RefundLines(store.orders(), store.products(), journal);
        CancelOrder cancel = new CancelOrder(store.orders(), store.products(), journal);
        ShipSubOrder ship = new ShipSubOrder(store.orders());
        List<String> outcome = new ArrayList<>();
        store.transactions().inTransaction(() -> {
            store.cooperatives().save(Fixtures.argan());
            store.cooperatives().save(Fixtures.rugs());
            store.products().save(Fixtures.product("ARGAN-250", Fixtures.ARGAN, 12000, 10));
            store.products().save(Fixtures.product("AMLOU-500", Fixtures.ARGAN, 6550, 4));
            store.products().save(Fixtures.product("RUG-S", Fixtures.RUGS, 99900, 2));
        });
        for (int i = 0; i < 6; i++) {
            Instant at = START.plus(Duration.ofHours(7L * i));
            OrderId id = OrderId.of("o-" + i);
            Map<CooperativeId, org.taawon.core.money.Money> shipping = Map.of(Fixtures.ARGAN, mad(2500));
            org.taawon.core.money.Money discount = mad(100L * i);
            boolean paid = i != 3;
            List<CartLine> lines = i % 2 == 0 ? List.of(CartLine.of("ARGAN-250", 2), CartLine.of("RUG-S", 1))
                    : List.of(CartLine.of("AMLOU-500", 1 + i % 3), CartLine.of("ARGAN-250", 1));
            try {
                store.transactions().inTransaction(() -> place.place(new CheckoutRequest(id, lines, discount, shipping, at)));
                if (paid) {
                    store.transactions().inTransaction(() -> pay.pay(id, at.plusSeconds(30)));
                }
            } catch (OrderRejectedException e) {
                outcome.add(id + " refused " + e.rejection());
            }
        }
        store.transactions().inTransaction(() -> cancel.cancel(OrderId.of("o-3"), START.plus(Duration.ofDays(1))));
        store.transactions().inTransaction(() -> ship.ship(OrderId.of("o-0"), Fixtures.RUGS, START.plus(Duration.ofDays(2))));
        store.transactions().inTransaction(() -> refund.refund(new RefundRequest(OrderId.of("o-1"),
                List.of(new RefundRequest.Line(0, 1)), true, START.plus(Duration.ofDays(3)))));
        Instant firstRun = START.plus(Duration.ofDays(9));
        new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), new InMemoryPayoutRail(), store.transactions(),
                Clock.fixed(firstRun, ZoneOffset.UTC), MAD).run(PayoutRunId.of("run-1"), firstRun);
        store.transactions().inTransaction(() -> refund.refund(new RefundRequest(OrderId.of("o-0"),
                List.of(new RefundRequest.Line(1, 1), new RefundRequest.Line(0, 2)), false, START.plus(Duration.ofDays(10)))));
        Instant secondRun = START.plus(Duration.ofDays(16));
        new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), new InMemoryPayoutRail(), store.transactions(),
                Clock.fixed(secondRun, ZoneOffset.UTC), MAD).run(PayoutRunId.of("run-2"), secondRun);

        for (CooperativeId cooperative : List.of(Fixtures.ARGAN, Fixtures.RUGS)) {
            outcome.add(CooperativeBalance.of(store.ledger(), cooperative, MAD, secondRun).toString());
            store.payouts().forCooperative(cooperative).forEach(p -> outcome.add(p.id() + " " + p.amount() + " " + p.state()));
            outcome.add(cooperative + " orders " + store.orders().forCooperative(cooperative).stream().map(o -> o.id() + ":" + o.status()).toList());
        }
        store.products().all().forEach(p -> outcome.add(p.sku() + " stock " + p.stock()));
        outcome.add("trial balance " + TrialBalance.of(store.ledger(), MAD).total());
        outcome.add("balances " + store.ledger().balances(MAD));
        outcome.add(store.ledger().all().size() + " ledger transactions");
        return outcome;
    }
}
