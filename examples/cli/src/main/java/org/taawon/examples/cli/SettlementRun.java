package org.taawon.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.InMemoryPaymentRecords;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.PayoutSettings;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.payout.WorkerId;
import org.taawon.core.split.SplitRules;

/**
 * Replays a scenario's events through the library's use cases, in file order: a checkout is placed
 * (and paid at once unless it says {@code "paid": false}), a payment pays an unpaid order, a cancel
 * cancels one, a refund refunds lines, a payout run runs payouts. An event earlier than the last
 * accepted one is rejected as OUT_OF_ORDER; any other refusal comes from the library with its
 * reason code. Each event is one transaction of the store.
 *
 * <p>Before each event that is not OUT_OF_ORDER, whatever its own outcome, the library's
 * {@link ExpireUnpaidOrders} cancels the unpaid orders whose payment time-out has passed at the
 * event's time (SETTLEMENT.md §3a), each in its own transaction. Expiring again at the same instant
 * expires nothing more, so a settlement killed between an expiry and its event's record simply
 * expires again when resumed, and reaches the state of an uninterrupted run.
 */
final class SettlementRun {

    static final String OUT_OF_ORDER = "OUT_OF_ORDER";
    private static final int MAX_PAYOUT_ATTEMPTS = 20;
    private static final String RETRYABLE = "STORE_CONFLICT";

    private final Scenario scenario;
    private final SettlementStore store;
    /** The worker id of every settle process: a restarted settle takes over what the killed one claimed. */
    static final WorkerId WORKER = WorkerId.of("settle");

    private final ScenarioClock clock;
    private final PlaceOrder placeOrder;
    private final PayOrder payOrder;
    private final CancelOrder cancelOrder;
    private final ExpireUnpaidOrders expireUnpaidOrders;
    private final RefundLines refundLines;
    private final RunPayouts runPayouts;

    SettlementRun(Scenario scenario, SettlementStore store, PaymentGateway gateway, PayoutRail rail) {
        this(scenario, store, gateway, rail, new ScenarioClock(Instant.EPOCH));
    }

    /** With the clock the rail reads too (a bank file's creation time is the run's). */
    SettlementRun(Scenario scenario, SettlementStore store, PaymentGateway gateway, PayoutRail rail, ScenarioClock clock) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        SettlementJournal journal = new SettlementJournal(store.ledger(), store.cooperatives(), new SplitRules(scenario.policy()));
        this.placeOrder = new PlaceOrder(store.products(), store.orders(), journal, scenario.currency());
        // The report's payments are checked before the gateway is called (PayOrder refuses a cancelled or
        // paid order), so no payment here is ever given back: the records of such refunds stay in memory.
        this.payOrder = new PayOrder(store.orders(), gateway,
                new ConfirmPayment(store.orders(), journal, gateway, new InMemoryPaymentRecords()));
        this.cancelOrder = new CancelOrder(store.orders(), store.products(), journal);
        this.expireUnpaidOrders = new ExpireUnpaidOrders(store.orders(), cancelOrder, store.unitOfWork(), clock,
                scenario.paymentTimeout());
        this.refundLines = new RefundLines(store.orders(), store.products(), journal);
        // One settle at a time per database: a settle started again takes its own claims back at once,
        // and a payout whose rail did not answer is tried again by the next pass without resting.
        this.runPayouts = new RunPayouts(store.cooperatives(), store.ledger(), store.payouts(), rail, store.unitOfWork(),
                clock, scenario.currency(), PayoutSettings.of(WORKER).withRetryDelay(Duration.ZERO));
    }

    /**
     * Loads the catalogue, replays every event and returns the rejected ones. A store that already
     * holds part of this scenario (same fingerprint) is resumed: events with a recorded outcome are
     * not replayed, and the result equals one uninterrupted run. A store holding anything else is
     * refused.
     */
    List<Rejection> run(String fingerprint) {
        Map<Integer, String> done = open(fingerprint);
        List<Rejection> rejected = new ArrayList<>();
        Instant lastAccepted = null;
        for (int i = 0; i < scenario.events().size(); i++) {
            Scenario.Event event = scenario.events().get(i);
            String outcome = done.containsKey(i) ? done.get(i) : replay(i, event, lastAccepted);
            if (SettlementLog.APPLIED.equals(outcome)) {
                lastAccepted = event.at();
            } else {
                rejected.add(new Rejection(i, outcome));
            }
        }
        return rejected;
    }

    private Map<Integer, String> open(String fingerprint) {
        Optional<String> held = store.inTransaction(() -> store.log().fingerprint());
        if (held.isPresent() && !held.get().equals(fingerprint)) {
            throw new StoreHoldsOtherDataException("it holds the settlement of another scenario");
        }
        if (held.isEmpty()) {
            store.inTransaction(() -> {
                if (store.holdsData()) {
                    throw new StoreHoldsOtherDataException("it holds Taawon data that is not from a settle run");
                }
                scenario.cooperatives().forEach(store.cooperatives()::save);
                scenario.products().forEach(store.products()::save);
                store.log().start(fingerprint);
                return null;
            });
        }
        return store.inTransaction(() -> store.log().outcomes());
    }

    /** Replays one event and records its outcome with its effects; returns the outcome. */
    private String replay(int index, Scenario.Event event, Instant lastAccepted) {
        if (lastAccepted != null && event.at().isBefore(lastAccepted)) {
            return rejectAndRecord(index, OUT_OF_ORDER);
        }
        clock.set(event.at());
        // Its own transactions, before the event's: killed in between, a resumed run expires again at
        // this instant, which expires nothing more than what is left to expire.
        expireUnpaidOrders.expireAt(event.at());
        try {
            apply(index, event);
            return SettlementLog.APPLIED;
        } catch (TaawonException e) {
            if (RETRYABLE.equals(e.reason())) {
                throw e; // a conflict with another writer says nothing about the event: nothing is recorded
            }
            return rejectAndRecord(index, e.reason());
        }
    }

    private String rejectAndRecord(int index, String reason) {
        store.inTransaction(() -> {
            store.log().record(index, reason);
            return null;
        });
        return reason;
    }

    private void apply(int index, Scenario.Event event) {
        if (event instanceof Scenario.Checkout checkout) {
            store.inTransaction(() -> {
                placeOrder.place(checkoutRequest(checkout));
                if (checkout.paid()) {
                    payOrder.pay(OrderId.of(checkout.order()), checkout.at());
                }
                store.log().record(index, SettlementLog.APPLIED);
                return null;
            });
        } else if (event instanceof Scenario.Payment payment) {
            store.inTransaction(() -> {
                payOrder.pay(OrderId.of(payment.order()), payment.at());
                store.log().record(index, SettlementLog.APPLIED);
                return null;
            });
        } else if (event instanceof Scenario.Cancel cancel) {
            store.inTransaction(() -> {
                cancelOrder.cancel(OrderId.of(cancel.order()), cancel.at());
                store.log().record(index, SettlementLog.APPLIED);
                return null;
            });
        } else if (event instanceof Scenario.Refund refund) {
            store.inTransaction(() -> {
                refundLines.refund(refundRequest(refund));
                store.log().record(index, SettlementLog.APPLIED);
                return null;
            });
        } else if (event instanceof Scenario.PayoutRun run) {
            // A payout run plans in one transaction, then commits payout by payout; run again under the
            // same id it resumes, looking up first the payouts whose rail did not answer.
            PayoutRunReport report = runPayouts.run(runId(index), run.at());
            for (int attempt = 1; report.pending() > 0 && attempt < MAX_PAYOUT_ATTEMPTS; attempt++) {
                report = runPayouts.run(runId(index), run.at());
            }
            if (report.pending() > 0) {
                throw new IllegalStateException(report.pending() + " payouts of event " + index
                        + " were not answered by their rail; run settle again with the same arguments to resume");
            }
            store.inTransaction(() -> {
                store.log().record(index, SettlementLog.APPLIED);
                return null;
            });
        }
    }

    /** A run's id from its event's place in the file, so replaying the file names runs the same way. */
    static PayoutRunId runId(int eventIndex) {
        // Short: a bank transfer's end-to-end id (run/cooperative) holds at most 35 characters.
        return PayoutRunId.of("r" + eventIndex);
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
