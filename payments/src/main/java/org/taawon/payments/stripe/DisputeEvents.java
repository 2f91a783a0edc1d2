package org.taawon.payments.stripe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.Money;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.order.SubOrder;

import com.stripe.model.Dispute;
import com.stripe.model.StripeObject;

/**
 * Disputes (chargebacks) in the ledger. When a dispute opens, Stripe takes its amount back from the
 * platform, so the amount is held from the order's cooperatives (split by largest remainder over
 * their sub-orders' subtotal plus shipping): customers' clearing gets it, their payable loses it,
 * counting at once ({@code DISPUTE_HOLD}). A won dispute gives it back ({@code DISPUTE_RELEASE}); a
 * lost one turns the hold into a loss ({@code DISPUTE_LOSS}), a debt netted against the
 * cooperative's later earnings by the next payout runs.
 *
 * <p>A dispute of a payment the order never booked (it came after the order was cancelled, or it is a
 * second payment of a paid order) holds nothing: the cooperatives earned nothing from it.
 *
 * <p>The transactions' ids and instants come from the dispute, so the ledger refuses a repeat, and a
 * closing reported before the opening records the hold first: any delivery order ends the same.
 */
public final class DisputeEvents implements StripeEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DisputeEvents.class);

    private final Orders orders;
    private final LedgerEntries ledger;
    private final ConfirmPayment confirm;
    private final OrderLookup lookup;

    public DisputeEvents(Orders orders, LedgerEntries ledger, ConfirmPayment confirm, OrderLookup lookup) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    public static TransactionId holdOf(String disputeId) {
        return TransactionId.of("dispute-hold:" + disputeId);
    }

    public static TransactionId releaseOf(String disputeId) {
        return TransactionId.of("dispute-release:" + disputeId);
    }

    public static TransactionId lossOf(String disputeId) {
        return TransactionId.of("dispute-loss:" + disputeId);
    }

    @Override
    public boolean handles(String type) {
        return type.equals("charge.dispute.created") || type.equals("charge.dispute.closed");
    }

    @Override
    public void apply(String type, StripeObject object, Instant createdAt) {
        Dispute dispute = StripeWebhooks.expect(object, Dispute.class, type);
        StripeWebhooks.required(dispute.getId(), "id");
        StripeWebhooks.required(dispute.getAmount(), "amount");
        StripeWebhooks.required(dispute.getCurrency(), "currency");
        StripeWebhooks.required(dispute.getCreated(), "created");
        Money amount = PaymentEvents.money(dispute.getAmount(), dispute.getCurrency());
        Optional<Order> order = lookup.orderOf(dispute.getPaymentIntent()).flatMap(orders::find);
        if (order.isEmpty()) {
            LOG.warn("dispute {} concerns no known order (payment {})", dispute.getId(), dispute.getPaymentIntent());
            return;
        }
        if (!amount.currency().equals(order.get().currency()) || !order.get().total().isPositive()) {
            LOG.error("dispute {} of {} cannot be split over order {} ({})", dispute.getId(), amount, order.get().id(),
                    order.get().total());
            return;
        }
        PaymentEvents.confirmIfPending(orders, confirm, order.get().id(), dispute.getPaymentIntent(),
                Instant.ofEpochSecond(dispute.getCreated()));
        Order paid = orders.get(order.get().id());
        if (!paid.status().isPaid() || !dispute.getPaymentIntent().equals(paid.paymentReference().orElse(null))) {
            // A payment that was never booked (the order was cancelled first, or paid by another payment)
            // earned the cooperatives nothing: there is nothing to hold from them.
            LOG.warn("dispute {} concerns payment {}, which order {} ({}) never booked", dispute.getId(),
                    dispute.getPaymentIntent(), paid.id(), paid.status());
            return;
        }
        List<Share> shares = shares(paid, amount);
        hold(dispute, amount, shares);
        if (type.equals("charge.dispute.closed")) {
            close(dispute, amount, shares, createdAt);
        }
    }

    private void hold(Dispute dispute, Money amount, List<Share> shares) {
        TransactionId id = holdOf(dispute.getId());
        if (ledger.contains(id)) {
            return;
        }
        Instant at = Instant.ofEpochSecond(dispute.getCreated());
        LedgerTransaction.Builder tx = LedgerTransaction.builder(id, at)
                .add(Account.CUSTOMERS, EntryKind.DISPUTE_HOLD, amount, at);
        shares.forEach(s -> tx.add(Account.payable(s.cooperative().cooperative()), EntryKind.DISPUTE_HOLD,
                s.amount().negate(), at));
        ledger.append(tx.build());
        LOG.info("dispute {}: {} held from order {}", dispute.getId(), amount, dispute.getPaymentIntent());
    }

    private void close(Dispute dispute, Money amount, List<Share> shares, Instant at) {
        boolean lost = "lost".equals(dispute.getStatus());
        TransactionId id = lost ? lossOf(dispute.getId()) : releaseOf(dispute.getId());
        if (ledger.contains(id)) {
            return;
        }
        LedgerTransaction.Builder tx = LedgerTransaction.builder(id, at);
        if (lost) {
            shares.forEach(s -> {
                Account payable = Account.payable(s.cooperative().cooperative());
                tx.add(payable, EntryKind.DISPUTE_HOLD, s.amount(), at);
                tx.add(payable, EntryKind.DISPUTE_LOSS, s.amount().negate(), at);
            });
        } else {
            tx.add(Account.CUSTOMERS, EntryKind.DISPUTE_RELEASE, amount.negate(), at);
            shares.forEach(s -> tx.add(Account.payable(s.cooperative().cooperative()), EntryKind.DISPUTE_RELEASE,
                    s.amount(), at));
        }
        ledger.append(tx.build());
        LOG.info("dispute {} closed {}: {}", dispute.getId(), dispute.getStatus(), amount);
    }

    private record Share(SubOrder cooperative, Money amount) {
    }

    private static List<Share> shares(Order order, Money amount) {
        List<SubOrder> subs = order.subOrders();
        long[] weights = new long[subs.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = subs.get(i).subtotal().plus(subs.get(i).shipping()).minor();
        }
        List<Money> parts = amount.allocate(weights);
        List<Share> shares = new ArrayList<>(subs.size());
        for (int i = 0; i < weights.length; i++) {
            shares.add(new Share(subs.get(i), parts.get(i)));
        }
        return shares;
    }
}
