package org.taawon.core.ledger;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;
import org.taawon.core.order.LinesRefunded;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.OrderPaid;
import org.taawon.core.split.CooperativeShare;
import org.taawon.core.split.OrderSplit;
import org.taawon.core.split.RefundSplit;
import org.taawon.core.split.SplitRules;

/**
 * Writes the ledger's side of every order change, from the split: a sale when an order is paid, a
 * refund when lines are refunded. Placing an order and cancelling an unpaid one post nothing: until
 * its payment an order earns nothing and nothing is payable from it (SETTLEMENT.md §3a). A
 * cooperative's earnings from a sale count from the payment + the hold; everything else at once
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

    /** The id of an order's sale transaction. */
    public static TransactionId saleOf(Order order) {
        return TransactionId.of("sale:" + order.id().value());
    }

    /**
     * The id of the sale of an order whose earlier sale was reversed (an order left unpaid by a release
     * that booked sales at checkout; the upgrade reversed that sale under {@link #unpaidOf}) and that was
     * paid afterwards.
     */
    public static TransactionId resaleOf(Order order) {
        return TransactionId.of("sale:" + order.id().value() + ":paid");
    }

    /** The id of the transaction that reversed the sale of an order left unpaid by an earlier release. */
    public static TransactionId unpaidOf(Order order) {
        return TransactionId.of("unpaid:" + order.id().value());
    }

    /** The sale transaction booked for a paid order, if any. */
    public Optional<LedgerTransaction> saleFor(Order order) {
        return ledger.find(resaleOf(order)).or(() -> ledger.find(saleOf(order)));
    }

    @Override
    public void orderPaid(OrderPaid event) {
        Order order = event.order();
        if (event.cooperatives().size() != order.subOrders().size()) {
            throw new IllegalArgumentException("order " + order.id()
                    + ": a card payment pays every cooperative's part at once");
        }
        TransactionId id = ledger.contains(saleOf(order)) ? resaleOf(order) : saleOf(order);
        ledger.append(saleTransaction(order, id, event.at()));
    }

    /** The sale's transaction for an order paid at {@code paidAt}, without recording it. */
    public LedgerTransaction saleTransaction(Order order, Instant paidAt) {
        return saleTransaction(order, saleOf(order), paidAt);
    }

    private LedgerTransaction saleTransaction(Order order, TransactionId id, Instant at) {
        OrderSplit split = rules.split(order, cooperatives::get);
        Instant earningsCount = at.plus(rules.policy().hold());
        LedgerTransaction.Builder tx = LedgerTransaction.builder(id, at);
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

    /** Each cooperative's commission as the sale recorded it. */
    private Map<CooperativeId, Money> commissionCharged(Order order) {
        Map<CooperativeId, Money> charged = new HashMap<>();
        saleFor(order).ifPresent(sale -> {
            for (LedgerEntry entry : sale.entries()) {
                if (entry.kind() == EntryKind.COMMISSION && entry.account().type() == AccountType.COOPERATIVE_PAYABLE) {
                    charged.merge(CooperativeId.of(entry.account().owner()), entry.amount().negate(), Money::plus);
                }
            }
        });
        return charged;
    }
}
