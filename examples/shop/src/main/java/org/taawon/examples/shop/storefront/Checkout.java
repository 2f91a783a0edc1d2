package org.taawon.examples.shop.storefront;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartException;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.CartLine;
import org.taawon.core.cart.Carts;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Products;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PlaceOrder;
import org.taawon.examples.shop.TaawonConfiguration;

/**
 * Turns a shopper's cart into an order through the library's {@link PlaceOrder}: the request carries
 * products, units and the shop's shipping rates, never a price or an amount from the browser.
 */
@Component
public class Checkout {

    private final Carts carts;
    private final Products products;
    private final PlaceOrder placeOrder;
    private final ShippingRates shippingRates;
    private final DeliveryAddresses addresses;
    private final Clock clock;

    public Checkout(Carts carts, Products products, PlaceOrder placeOrder, ShippingRates shippingRates,
                    DeliveryAddresses addresses, Clock clock) {
        this.carts = carts;
        this.products = products;
        this.placeOrder = placeOrder;
        this.shippingRates = shippingRates;
        this.addresses = addresses;
        this.clock = clock;
    }

    public Order place(CartId cartId, Delivery delivery, OrderId orderId) {
        Cart cart = carts.find(cartId).filter(c -> !c.isEmpty())
                .orElseThrow(() -> new CartException(CartException.UNKNOWN_CART, "the cart is empty"));
        Set<CooperativeId> cooperatives = new LinkedHashSet<>();
        for (CartLine line : cart.lines()) {
            cooperatives.add(products.get(line.sku()).cooperative());
        }
        Order order = placeOrder.place(new CheckoutRequest(orderId, cart.lines(), Money.zero(TaawonConfiguration.MAD),
                shippingRates.forCooperatives(cooperatives), clock.instant()));
        addresses.save(orderId, delivery);
        carts.delete(cartId);
        return order;
    }
}
