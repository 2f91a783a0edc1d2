package org.taawon.examples.shop.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.order.Refund;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;
import org.taawon.examples.shop.TaawonConfiguration;

/**
 * Builds a cooperative's {@link Statement} from the ledger's postings on its payable account. Amounts
 * are the ledger's own; the shop only orders them, adds the order lines behind each sale and refund,
 * and names the payout that paid each entry out (the cooperative's first payout planned at or after
 * the instant the entry counted from, since a run pays everything that counts by then).
 */
@Component
public class Statements {

    private final LedgerEntries ledger;
    private final Orders orders;
    private final Payouts payouts;

    public Statements(LedgerEntries ledger, Orders orders, Payouts payouts) {
        this.ledger = ledger;
        this.orders = orders;
        this.payouts = payouts;
    }

    public Statement of(CooperativeId cooperative, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<TransactionId, List<LedgerEntries.Posting>> byTransaction = new LinkedHashMap<>();
        Money balance = Money.zero(TaawonConfiguration.MAD);
        for (LedgerEntries.Posting posting : ledger.postings(Account.payable(cooperative))) {
            if (posting.recordedAt().isBefore(start)) {
                balance = balance.plus(posting.entry().amount());
            } else if (posting.recordedAt().isBefore(end)) {
                byTransaction.computeIfAbsent(posting.transaction(), t -> new ArrayList<>()).add(posting);
            }
        }
        Money opening = balance;
        List<Payout> cooperativePayouts = payouts.forCooperative(cooperative).stream()
                .filter(p -> p.state() != PayoutState.FAILED).toList();
        List<Statement.Row> rows = new ArrayList<>();
        for (Map.Entry<TransactionId, List<LedgerEntries.Posting>> e : byTransaction.entrySet()) {
            String tx = e.getKey().value();
            Instant at = e.getValue().get(0).recordedAt();
            rows.addAll(linesBehind(tx, cooperative, at));
            for (LedgerEntries.Posting posting : e.getValue()) {
                balance = balance.plus(posting.entry().amount());
                rows.add(new Statement.Row(at, tx, Statement.RowType.ENTRY, posting.entry().kind().name(), "", 0,
                        posting.entry().amount(), Optional.of(balance), payoutOf(posting, tx, cooperativePayouts)));
            }
        }
        return new Statement(cooperative, from, to, opening, rows, balance);
    }

    private List<Statement.Row> linesBehind(String tx, CooperativeId cooperative, Instant at) {
        List<Statement.Row> lines = new ArrayList<>();
        if (tx.startsWith("sale:")) {
            // sale:<order>, or sale:<order>:paid for an order an earlier release had booked unpaid and that was paid since.
            String orderId = tx.substring("sale:".length());
            orderId = orderId.endsWith(":paid") ? orderId.substring(0, orderId.length() - ":paid".length()) : orderId;
            orders.find(OrderId.of(orderId)).ifPresent(order -> order.lines().stream()
                    .filter(l -> l.cooperative().equals(cooperative))
                    .forEach(l -> lines.add(new Statement.Row(at, tx, Statement.RowType.LINE, "LINE", l.sku().value(),
                            l.quantity(), l.net(), Optional.empty(), ""))));
        } else if (tx.startsWith("refund:") && tx.contains("/refund-")) {
            String ref = tx.substring("refund:".length());
            String orderId = ref.substring(0, ref.lastIndexOf("/refund-"));
            orders.find(OrderId.of(orderId)).flatMap(order -> refundOf(order, ref)).ifPresent(refund -> refund.lines().stream()
                    .filter(l -> l.cooperative().equals(cooperative))
                    .forEach(l -> lines.add(new Statement.Row(at, tx, Statement.RowType.LINE, "LINE", l.sku().value(),
                            l.units(), l.amount().negate(), Optional.empty(), ""))));
        }
        return lines;
    }

    private static Optional<Refund> refundOf(Order order, String refundId) {
        return order.refunds().stream().filter(r -> r.id(order.id()).equals(refundId)).findFirst();
    }

    private String payoutOf(LedgerEntries.Posting posting, String tx, List<Payout> cooperativePayouts) {
        EntryKind kind = posting.entry().kind();
        if (kind == EntryKind.PAYOUT || kind == EntryKind.PAYOUT_RETURNED) {
            String id = tx.substring(tx.indexOf(':') + 1);
            return payouts.find(new PayoutId(id)).map(p -> p.id().value() + " " + p.state().name()).orElse(id);
        }
        return cooperativePayouts.stream()
                .filter(p -> !p.plannedAt().isBefore(posting.entry().effectiveAt()))
                .findFirst().map(p -> p.id().value()).orElse("");
    }
}
