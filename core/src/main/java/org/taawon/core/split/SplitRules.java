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
        List<OrderLine> lines = order.lines();
        List<SubOrder> subs = order.subOrders();
        int n = subs.size();
        Currency currency = order.currency();
        Money zero = Money.zero(currency);
        boolean coopsGetShipping = policy.shippingRecipient() == ShippingRecipient.COOPERATIVE;

        // Order totals are bounded by PlaceOrder.MAX_TOTAL_MINOR, so these sums cannot overflow.
        long charged = 0;
        long weightSum = 0;
        long[] weights = new long[n];
        for (int i = 0; i < n; i++) {
            SubOrder sub = subs.get(i);
            charged += sub.subtotal().minor() + sub.shipping().minor();
            weights[i] = sub.subtotal().minor() + (coopsGetShipping ? sub.shipping().minor() : 0);
            weightSum += weights[i];
        }
        Money total = Money.of(charged, currency);
        Money fee = policy.fee().feeOn(total);
        boolean coopsBearFee = policy.feeBearer() == FeeBearer.COOPERATIVES && weightSum > 0;
        long[] feeShares = coopsBearFee ? Allocation.largestRemainder(fee.minor(), weights) : new long[n];

        List<CooperativeShare> shares = new ArrayList<>(n);
        long platformShipping = 0;
        for (int i = 0; i < n; i++) {
            SubOrder sub = subs.get(i);
            long sales = 0;
            long discounts = 0;
            for (OrderLine line : lines) {
                if (n == 1 || line.cooperative().equals(sub.cooperative())) {
                    sales += line.unitPrice().minor() * line.quantity();
                    discounts += line.discount().minor();
                }
            }
            Money commission = policy.commissionRule().commission(
                    new CommissionRule.Basis(cooperatives.apply(sub.cooperative()), order, sub.subtotal()));
            if (commission.isNegative() || commission.isGreaterThan(sub.subtotal())) {
                throw new SplitPolicyException("commission rule gave " + commission + " on a subtotal of " + sub.subtotal());
            }
            if (!coopsGetShipping) {
                platformShipping += sub.shipping().minor();
            }
            shares.add(new CooperativeShare(sub.cooperative(), currency, sales, discounts,
                    coopsGetShipping ? sub.shipping().minor() : 0, commission.minor(), feeShares[i]));
        }
        return new OrderSplit(order.id(), total, shares, Money.of(platformShipping, currency), coopsBearFee ? zero : fee, fee);
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
