package org.taawon.core.split;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Allocation;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundedLine;
import org.taawon.core.order.SubOrder;

/**
 * The split of SETTLEMENT.md §3-§4 under one {@link SplitPolicy}, as pure functions: same inputs,
 * same split, nothing read or written elsewhere.
 */
public final class SplitRules {

    private final SplitPolicy policy;

    public SplitRules(SplitPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SplitPolicy policy() {
        return policy;
    }

    /** Splits a placed order; {@code cooperatives} resolves each sub-order's cooperative (for its rate). */
    public OrderSplit split(Order order, Function<CooperativeId, Cooperative> cooperatives) {
        return split(order, cooperatives, new SplitFigures(order.subOrders().size())).toOrderSplit();
    }

    /**
     * Splits a placed order into {@code figures}, replacing what they held, and returns them: the same
     * split as {@link #split(Order, Function)} in minor units, with nothing allocated per order when
     * the figures are reused and the policy's commission rule is the default one.
     */
    public SplitFigures split(Order order, Function<CooperativeId, Cooperative> cooperatives, SplitFigures figures) {
        List<OrderLine> lines = order.lines();
        List<SubOrder> subs = order.subOrders();
        int n = subs.size();
        Currency currency = order.currency();
        FeeSchedule feeSchedule = policy.fee();
        if (!currency.equals(feeSchedule.fixed().currency())) {
            Money.zero(currency).requireSameCurrency(feeSchedule.fixed());
        }
        boolean coopsGetShipping = policy.shippingRecipient() == ShippingRecipient.COOPERATIVE;
        figures.reset(order.id(), currency, n);

        // Order totals are bounded by PlaceOrder.MAX_TOTAL_MINOR, so these sums cannot overflow.
        long charged = 0;
        long platformShipping = 0;
        for (int i = 0; i < n; i++) {
            SubOrder sub = subs.get(i);
            long shipping = sub.shipping().minor();
            charged += shipping;
            if (!coopsGetShipping) {
                platformShipping += shipping;
            }
            figures.cooperative(i, sub.cooperative(), coopsGetShipping ? shipping : 0);
        }
        for (OrderLine line : lines) {
            int i = n == 1 ? 0 : indexOf(subs, line.cooperative());
            figures.addLine(i, line.unitPrice().minor() * line.quantity(), line.discount().minor());
        }
        // Each subtotal is its lines' net (an Order checks it), so it comes from the lines just read.
        long weightSum = 0;
        long[] weights = figures.weights();
        for (int i = 0; i < n; i++) {
            long subtotal = figures.subtotalMinor(i);
            charged += subtotal;
            weights[i] = subtotal + figures.shippingMinor(i);
            weightSum += weights[i];
        }
        long fee = feeSchedule.feeOnMinor(charged);
        boolean coopsBearFee = policy.feeBearer() == FeeBearer.COOPERATIVES && weightSum > 0;
        if (coopsBearFee) {
            Allocation.largestRemainder(fee, figures.weights(), n, figures.fees());
        }
        CommissionRule rule = policy.commissionRule();
        for (int i = 0; i < n; i++) {
            SubOrder sub = subs.get(i);
            Cooperative cooperative = cooperatives.apply(sub.cooperative());
            if (rule instanceof CooperativeRateOr byRate) {
                // 0..subtotal by construction: a rate of at most 10000 bp of a subtotal that is not negative.
                figures.commission(i, byRate.commissionMinor(cooperative, figures.subtotalMinor(i)));
            } else {
                Money commission = rule.commission(new CommissionRule.Basis(cooperative, order, sub.subtotal()));
                if (commission.isNegative() || commission.isGreaterThan(sub.subtotal())) {
                    throw new SplitPolicyException("commission rule gave " + commission + " on a subtotal of " + sub.subtotal());
                }
                figures.commission(i, commission.minor());
            }
        }
        figures.totals(charged, platformShipping, coopsBearFee ? 0 : fee, fee);
        return figures;
    }

    private static int indexOf(List<SubOrder> subs, CooperativeId cooperative) {
        for (int i = 0; i < subs.size(); i++) {
            CooperativeId candidate = subs.get(i).cooperative();
            if (candidate == cooperative || candidate.equals(cooperative)) {
                return i;
            }
        }
        throw new IllegalStateException("no sub-order for " + cooperative);
    }

    /**
     * Splits a refund (§4). {@code orderAfter} is the order with the refund applied;
     * {@code commissionCharged} is each cooperative's commission on this order as it was charged at
     * checkout (the ledger's record, so a later rate change cannot alter a reversal).
     */
    public RefundSplit splitRefund(Order orderAfter, Refund refund, Map<CooperativeId, Money> commissionCharged) {
        Money zero = Money.zero(orderAfter.currency());
        Map<CooperativeId, Money> refunded = new LinkedHashMap<>();
        for (RefundedLine line : refund.lines()) {
            refunded.merge(line.cooperative(), line.amount(), Money::plus);
        }
        List<RefundSplit.Share> shares = new ArrayList<>(refunded.size());
        for (Map.Entry<CooperativeId, Money> e : refunded.entrySet()) {
            CooperativeId coop = e.getKey();
            Money after = zero;
            for (OrderLine line : orderAfter.linesOf(coop)) {
                after = after.plus(line.refundedAmountAt(line.refundedUnits()));
            }
            Money before = after.minus(e.getValue());
            Money subtotal = orderAfter.subOrder(coop).orElseThrow().subtotal();
            Money commission = commissionCharged.getOrDefault(coop, zero);
            Money reversed = cumulativeReversal(commission, after, subtotal)
                    .minus(cumulativeReversal(commission, before, subtotal));
            shares.add(new RefundSplit.Share(coop, e.getValue(), reversed));
        }
        return new RefundSplit(shares);
    }

    /** rhe(commission * refundedNet / subtotal), 0 when the subtotal is 0 (§4). */
    public static Money cumulativeReversal(Money commission, Money refundedNet, Money subtotal) {
        if (subtotal.isZero()) {
            return Money.zero(commission.currency());
        }
        return commission.multiplyDivide(refundedNet.minor(), subtotal.minor(), RoundingMode.HALF_EVEN);
    }
}
