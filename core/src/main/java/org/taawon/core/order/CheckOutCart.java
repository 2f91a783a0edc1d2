package org.taawon.core.order;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartException;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.Carts;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * Use case: a shopper checks out their cart. The cart's lines go through {@link PlaceOrder} (which
 * reads every price from the catalogue and checks every rule); the cart is emptied only when the
 * order is placed.
 */
public final class CheckOutCart {

    private final Carts carts;
    private final PlaceOrder placeOrder;

    public CheckOutCart(Carts carts, PlaceOrder placeOrder) {
        this.carts = Objects.requireNonNull(carts, "carts");
        this.placeOrder = Objects.requireNonNull(placeOrder, "placeOrder");
    }

    public Order checkOut(CartId cartId, OrderId orderId, Money discount, Map<CooperativeId, Money> shipping, Instant at) {
        Cart cart = carts.find(cartId).orElseThrow(() -> new CartException(CartException.UNKNOWN_CART, "no cart " + cartId));
        Order order = placeOrder.place(new CheckoutRequest(orderId, cart.lines(), discount, shipping, at));
        carts.delete(cartId);
        return order;
    }
}
