package org.taawon.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.split.SplitRules;

/**
 * Replays a scenario's events through the library's use cases, in file order: a checkout is placed
 * and paid, a refund refunds lines, a payout run runs payouts. An event earlier than the last
 * accepted one is rejected as OUT_OF_ORDER; any other refusal comes from the library with its
 * reason code. Each event is one transaction of the store.
 */
final class SettlementRun {

    static final String OUT_OF_ORDER = "OUT_OF_ORDER";

    private final Scenario scenario;
    private final SettlementStore store;
    private final ScenarioClock clock;
    private final PlaceOrder placeOrder;
    private final PayOrder payOrder;
    private final RefundLines refundLines;
    private final RunPayouts runPayouts;

    SettlementRun(Scenario scenario, SettlementStore store, PaymentGateway gateway, PayoutRail rail) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = new ScenarioClock(Instant.EPOCH);
        SettlementJournal journal = new SettlementJournal(store.ledger(), store.cooperatives(), new SplitRules(scenario.policy()));
        this.placeOrder = new PlaceOrder(store.products(), store.orders(), journal, scenario.currency());
        this.payOrder = new PayOrder(store.orders(), gateway);
        this.refundLines = new RefundLines(store.orders(), store.products(), journal);
        this.runPayouts = new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), rail, store.unitOfWork(),
                clock, scenario.currency());
    }

    /** Loads the catalogue, replays every event and returns the rejected ones. */
    List<Rejection> run() {
        store.inTransaction(() -> {
            scenario.cooperatives().forEach(store.cooperatives()::save);
            scenario.products().forEach(store.products()::save);
            return null;
        });
        List<Rejection> rejected = new ArrayList<>();
        Instant lastAccepted = null;
        for (int i = 0; i < scenario.events().size(); i++) {
            Scenario.Event event = scenario.events().get(i);
            if (lastAccepted != null && event.at().isBefore(lastAccepted)) {
                rejected.add(new Rejection(i, OUT_OF_ORDER));
                continue;
            }
            clock.set(event.at());
            try {
                apply(i, event);
                lastAccepted = event.at();
            } catch (TaawonException e) {
                rejected.add(new Rejection(i, e.reason()));
            }
        }
        return rejected;
    }

    private void apply(int index, Scenario.Event event) {
        if (event instanceof Scenario.Checkout checkout) {
            store.inTransaction(() -> {
                placeOrder.place(checkoutRequest(checkout));
                return payOrder.pay(OrderId.of(checkout.order()), checkout.at());
            });
        } else if (event instanceof Scenario.Refund refund) {
            store.inTransaction(() -> refundLines.refund(refundRequest(refund)));
        } else if (event instanceof Scenario.PayoutRun run) {
            runPayouts.run(runId(index), run.at());
        }
    }

    /** A run's id from its event's place in the file, so replaying the file names runs the same way. */
    static PayoutRunId runId(int eventIndex) {
        return PayoutRunId.of(String.format("run-%06d", eventIndex));
    }

    private CheckoutRequest checkoutRequest(Scenario.Checkout checkout) {
        List<CartLine> lines = new ArrayList<>(checkout.lines().size());
        for (Scenario.Checkout.Line line : checkout.lines()) {
            lines.add(new CartLine(Sku.of(line.sku()), line.quantity()));
        }
        Map<CooperativeId, Money> shipping = new LinkedHashMap<>();
        checkout.shipping().forEach((coop, amount) -> shipping.put(CooperativeId.of(coop), Money.of(amount, scenario.currency())));
        return new CheckoutRequest(OrderId.of(checkout.order()), lines, Money.of(checkout.discount(), scenario.currency()),
                shipping, checkout.at());
    }

    private static RefundRequest refundRequest(Scenario.Refund refund) {
        List<RefundRequest.Line> lines = new ArrayList<>(refund.lines().size());
        for (Scenario.Refund.Line line : refund.lines()) {
            lines.add(new RefundRequest.Line(line.line(), line.units()));
        }
        return new RefundRequest(OrderId.of(refund.order()), lines, refund.restock(), refund.at());
    }
}
