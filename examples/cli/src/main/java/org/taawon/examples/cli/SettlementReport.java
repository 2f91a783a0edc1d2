package org.taawon.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.Product;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutState;

/**
 * The report of SETTLEMENT.md §8, read back from the ledger (entries summed by account and kind),
 * the payouts, the orders and the catalogue: nothing in it is computed apart from the library's own
 * records.
 */
final class SettlementReport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SettlementReport() {
    }

    static ObjectNode of(Scenario scenario, SettlementStore store, List<Rejection> rejected) {
        ObjectNode report = JSON.objectNode();
        report.put("currency", scenario.currency().getCurrencyCode());
        ObjectNode cooperatives = report.putObject("cooperatives");
        for (Cooperative cooperative : scenario.cooperatives()) {
            cooperatives.set(cooperative.id().value(), cooperative(cooperative, scenario, store));
        }
        report.set("platform", platform(scenario, store));
        report.putObject("processor").put("fees", store.ledger().balance(Account.PROCESSOR, scenario.currency()).minor());
        Map<EntryKind, Money> customers = store.ledger().totalsByKind(Account.CUSTOMERS, scenario.currency());
        ObjectNode customerNode = report.putObject("customers");
        customerNode.put("charged", -total(customers, scenario, EntryKind.CHARGE));
        customerNode.put("refunded", total(customers, scenario, EntryKind.REFUND));
        ObjectNode stock = report.putObject("stock");
        for (Product product : scenario.products()) {
            stock.put(product.sku().value(), store.products().get(product.sku()).stock());
        }
        report.set("orders", orders(scenario, store));
        ArrayNode rejections = report.putArray("rejected");
        for (Rejection rejection : rejected) {
            rejections.addObject().put("event", rejection.event()).put("reason", rejection.reason());
        }
        return report;
    }

    private static ObjectNode cooperative(Cooperative cooperative, Scenario scenario, SettlementStore store) {
        Map<EntryKind, Money> totals = store.ledger().totalsByKind(Account.payable(cooperative.id()), scenario.currency());
        long sales = total(totals, scenario, EntryKind.SALE);
        long discounts = -total(totals, scenario, EntryKind.DISCOUNT);
        long shipping = total(totals, scenario, EntryKind.SHIPPING);
        long commission = -(total(totals, scenario, EntryKind.COMMISSION) + total(totals, scenario, EntryKind.COMMISSION_REVERSAL));
        long fees = -total(totals, scenario, EntryKind.FEE);
        long refunds = -total(totals, scenario, EntryKind.REFUND);
        long earned = sales - discounts + shipping - commission - fees - refunds;

        ArrayNode payouts = JSON.arrayNode();
        long paidOut = 0;
        for (Payout payout : store.payouts().forCooperative(cooperative.id())) {
            if (payout.state() == PayoutState.FAILED) {
                continue;
            }
            paidOut += payout.amount().minor();
            payouts.addObject().put("at", payout.plannedAt().toString()).put("amount", payout.amount().minor());
        }
        ObjectNode node = JSON.objectNode();
        node.put("sales", sales);
        node.put("discounts", discounts);
        node.put("shipping", shipping);
        node.put("commission", commission);
        node.put("fees", fees);
        node.put("refunds", refunds);
        node.put("earned", earned);
        node.put("paidOut", paidOut);
        node.put("balance", earned - paidOut);
        node.set("payouts", payouts);
        return node;
    }

    /**
     * The store's orders by state: paid (refunds do not change it), awaiting payment, cancelled (by a
     * cancel or by expiry). Every order has a cooperative's part, so reading each cooperative's orders
     * reads them all.
     */
    private static ObjectNode orders(Scenario scenario, SettlementStore store) {
        Map<OrderId, OrderStatus> statuses = new HashMap<>();
        for (Cooperative cooperative : scenario.cooperatives()) {
            for (Order order : store.orders().forCooperative(cooperative.id())) {
                statuses.put(order.id(), order.status());
            }
        }
        long paid = statuses.values().stream().filter(OrderStatus::isPaid).count();
        long awaiting = statuses.values().stream().filter(s -> s == OrderStatus.PENDING_PAYMENT).count();
        long cancelled = statuses.values().stream().filter(s -> s == OrderStatus.CANCELLED).count();
        ObjectNode node = JSON.objectNode();
        node.put("paid", paid);
        node.put("awaitingPayment", awaiting);
        node.put("cancelled", cancelled);
        return node;
    }

    private static ObjectNode platform(Scenario scenario, SettlementStore store) {
        Map<EntryKind, Money> totals = store.ledger().totalsByKind(Account.PLATFORM, scenario.currency());
        long commission = total(totals, scenario, EntryKind.COMMISSION) + total(totals, scenario, EntryKind.COMMISSION_REVERSAL);
        long shipping = total(totals, scenario, EntryKind.SHIPPING);
        long fees = -total(totals, scenario, EntryKind.FEE);
        ObjectNode node = JSON.objectNode();
        node.put("commission", commission);
        node.put("shipping", shipping);
        node.put("fees", fees);
        node.put("earned", commission + shipping - fees);
        return node;
    }

    private static long total(Map<EntryKind, Money> totals, Scenario scenario, EntryKind kind) {
        return totals.getOrDefault(kind, Money.zero(scenario.currency())).minor();
    }
}
