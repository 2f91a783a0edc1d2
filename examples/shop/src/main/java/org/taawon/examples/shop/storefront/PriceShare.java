package org.taawon.examples.shop.storefront;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Product;
import org.taawon.core.money.Money;
import org.taawon.core.order.FulfilmentStatus;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PaymentMethod;
import org.taawon.core.order.SubOrder;
import org.taawon.core.split.CooperativeShare;
import org.taawon.core.split.OrderSplit;
import org.taawon.core.split.SplitRules;

/**
 * The share of a product's price that reaches its cooperative, as the library would split the sale of
 * one unit on its own (no discount, shipping aside): the shop asks the split rules rather than
 * working it out, so the figure on the product page is the one the ledger will record.
 */
@Component
public class PriceShare {

    private final SplitRules rules;
    private final Cooperatives cooperatives;

    public PriceShare(SplitRules rules, Cooperatives cooperatives) {
        this.rules = rules;
        this.cooperatives = cooperatives;
    }

    public Share of(Product product) {
        Money zero = Money.zero(product.price().currency());
        Order oneUnit = new Order(OrderId.of("price-share-" + product.sku().value()), product.price().currency(),
                Instant.EPOCH, zero, PaymentMethod.CARD, List.of(new OrderLine(0, product.sku(), product.cooperative(), product.price(), 1, zero, 0)),
                List.of(new SubOrder(product.cooperative(), product.price(), zero, FulfilmentStatus.AWAITING_SHIPMENT,
                        Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(), OrderStatus.PENDING_PAYMENT, Optional.empty(), Instant.EPOCH);
        OrderSplit split = rules.split(oneUnit, cooperatives::get);
        CooperativeShare share = split.shares().get(0);
        return new Share(product.price(), share.commission(), share.fee(), share.earned());
    }

    /**
     * @param price       what the shopper pays for one unit
     * @param commission  the platform's commission on it
     * @param fee         the cooperative's part of the processor fee (0 while the platform bears it)
     * @param cooperative what reaches the cooperative
     */
    public record Share(Money price, Money commission, Money fee, Money cooperative) {

        /** The cooperative's part in whole per cent, rounded down, for the page's bar. */
        public long percent() {
            return price.isZero() ? 100 : cooperative.minor() * 100 / price.minor();
        }
    }
}
