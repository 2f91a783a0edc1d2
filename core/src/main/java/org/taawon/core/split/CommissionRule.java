package org.taawon.core.split;

import java.util.List;
import java.util.Objects;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;

/**
 * How the platform's commission on one cooperative's part of an order is computed. Callers only
 * ever ask for {@link #commission(Basis)}; a rule by category or product, a percentage plus a fixed
 * part, a floor or a cap is another implementation (or a decorator of this one), with no caller
 * touched.
 */
@FunctionalInterface
public interface CommissionRule {

    /** The commission on {@code basis}; between 0 and the basis's subtotal. */
    Money commission(Basis basis);

    /**
     * What a rule may look at.
     *
     * @param cooperative the cooperative, with its own rate if it has one
     * @param order       the order
     * @param subtotal    the net of the cooperative's lines in it, the commission's base
     */
    record Basis(Cooperative cooperative, Order order, Money subtotal) {
        public Basis {
            Objects.requireNonNull(cooperative, "cooperative");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(subtotal, "subtotal");
        }

        /** The cooperative's lines in the order (products, units, prices, discounts), for rules by product or category. */
        public List<OrderLine> lines() {
            return order.linesOf(cooperative.id());
        }
    }

    /** The default rule: the cooperative's own rate, else {@code platformDefault}, of the subtotal, rounded half-even. */
    static CommissionRule cooperativeRateOr(BasisPoints platformDefault) {
        return new CooperativeRateOr(platformDefault);
    }
}
