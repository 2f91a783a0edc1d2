package org.taawon.core.ledger;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;
import org.taawon.core.order.LinesRefunded;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderCancelled;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderPlaced;
import org.taawon.core.split.CooperativeShare;
import org.taawon.core.split.OrderSplit;
import org.taawon.core.split.RefundSplit;
import org.taawon.core.split.SplitRules;

/**
 * Writes the ledger's side of every order change, from the split: a sale when an order is placed, a
 * refund when lines are refunded, the exact reversal of the sale when an unpaid order is cancelled.
 * A cooperative's earnings from a sale count from checkout + the hold; everything else at once
 * (SETTLEMENT.md §5).
 */
public final class SettlementJournal implements OrderEvents {

    private final LedgerEntries ledger;
    private final Cooperatives cooperatives;
    private final SplitRules rules;

    public SettlementJournal(LedgerEntries ledger, Cooperatives cooperatives, SplitRules rules) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.cooperatives = Objects.requireNonNull(cooperatives, "cooperatives");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static TransactionId saleOf(Order order) {
        return TransactionId.of("sale:" + order.id().value());
    }

    @Override
    public void orderPlaced(OrderPlaced event) {
        ledger.append(saleTransaction(event.order()));
    }

    /** The sale's transaction, without recording it. */
    public LedgerTransaction saleTransaction(Order order) {
        OrderSplit split = rules.split(order, cooperatives::get);
        Instant at = order.placedAt();
        Instant earningsCount = at.plus(rules.policy().hold());
        LedgerTransaction.Builder tx = LedgerTransaction.builder(saleOf(order), at);
        tx.add(Account.CUSTOMERS, EntryKind.CHARGE, split.charged().negate(), at);
        for (CooperativeShare share : split.shares()) {
            Account payable = Account.payable(share.cooperative());
            tx.add(payable, EntryKind.SALE, share.sales(), earningsCount);
            tx.add(payable, EntryKind.DISCOUNT, share.discounts().negate(), earningsCount);
            tx.add(payable, EntryKind.SHIPPING, share.shipping(), earningsCount);
            tx.add(payable, EntryKind.COMMISSION, share.commission().negate(), earningsCount);
            tx.add(payable, EntryKind.FEE, share.fee().negate(), earningsCount);
        }
        tx.add(Account.PLATFORM, EntryKind.COMMISSION, split.platformCommission(), at);
        tx.add(Account.PLATFORM, EntryKind.SHIPPING, split.platformShipping(), at);
        tx.add(Account.PLATFORM, EntryKind.FEE, split.platformFee().negate(), at);
        tx.add(Account.PROCESSOR, EntryKind.FEE, split.processorFee(), at);
        return tx.buildMarked(Account.CUSTOMERS, EntryKind.CHARGE, order.currency());
    }

    @Override
    public void linesRefunded(LinesRefunded event) {
        Order order = event.order();
        Instant at = event.refund().at();
        RefundSplit split = rules.splitRefund(order, event.refund(), commissionCharged(order));
        LedgerTransaction.Builder tx = LedgerTransaction.builder(
                TransactionId.of("refund:" + event.refund().id(order.id())), at);
        tx.add(Account.CUSTOMERS, EntryKind.REFUND, split.refunded(), at);
        for (RefundSplit.Share share : split.shares()) {
            Account payable = Account.payable(share.cooperative());
            tx.add(payable, EntryKind.REFUND, share.refunded().negate(), at);
            tx.add(payable, EntryKind.COMMISSION_REVERSAL, share.commissionReversed(), at);
        }
        tx.add(Account.PLATFORM, EntryKind.COMMISSION_REVERSAL, split.commissionReversed().negate(), at);
        if (!tx.isEmpty()) {
            ledger.append(tx.build());
        }
    }

    @Override
    public void orderCancelled(OrderCancelled event) {
        LedgerTransaction sale = ledger.find(saleOf(event.order())).orElseThrow(() -> new LedgerException(
                LedgerException.UNKNOWN_TRANSACTION, "no sale recorded for order " + event.order().id()));
        LedgerTransaction.Builder tx = LedgerTransaction.builder(
                TransactionId.of("cancel:" + event.order().id().value()), event.at());
        for (LedgerEntry entry : sale.entries()) {
            // Entries that had not yet counted are withdrawn from the same instant; the rest at once.
            Instant effective = entry.effectiveAt().isAfter(event.at()) ? entry.effectiveAt() : event.at();
            tx.add(entry.account(), entry.kind(), entry.amount().negate(), effective);
        }
        ledger.append(tx.buildMarked(Account.CUSTOMERS, EntryKind.CHARGE, event.order().currency()));
    }

    /** Each cooperative's commission as the sale recorded it. */
    private Map<CooperativeId, Money> commissionCharged(Order order) {
        Map<CooperativeId, Money> charged = new HashMap<>();
        ledger.find(saleOf(order)).ifPresent(sale -> {
            for (LedgerEntry entry : sale.entries()) {
                if (entry.kind() == EntryKind.COMMISSION && entry.account().type() == AccountType.COOPERATIVE_PAYABLE) {
                    charged.merge(CooperativeId.of(entry.account().owner()), entry.amount().negate(), Money::plus);
                }
            }
        });
        return charged;
    }
}
