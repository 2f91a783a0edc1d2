package org.taawon.core.order;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * What a shopper asks for at checkout: products and units (never prices), an order-level discount
 * (a coupon, already resolved to an amount by the host) and shipping per cooperative.
 *
 * @param orderId  the id the new order takes
 * @param lines    products and units, in the order they were added
 * @param discount the order's discount, 0 for none
 * @param shipping shipping per cooperative; a cooperative absent from it ships for 0
 * @param at       the checkout instant
 */
public record CheckoutRequest(OrderId orderId, List<CartLine> lines, Money discount, Map<CooperativeId, Money> shipping,
                              Instant at) {

    public CheckoutRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
        shipping = Collections.unmodifiableMap(new LinkedHashMap<>(shipping));
    }
}
