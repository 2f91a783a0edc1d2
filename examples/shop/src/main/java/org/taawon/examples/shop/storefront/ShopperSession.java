package org.taawon.examples.shop.storefront;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.taawon.core.cart.CartId;
import org.taawon.core.order.OrderId;

/**
 * What the shop keeps in an anonymous shopper's session: the id of their cart and the orders they
 * placed, which are the only orders their browser may look at.
 */
public final class ShopperSession {

    private static final String CART = "taawon.cart";
    private static final String ORDERS = "taawon.orders";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ShopperSession() {
    }

    public static CartId cart(HttpSession session) {
        Object id = session.getAttribute(CART);
        if (id == null) {
            id = "cart-" + randomCode(16);
            session.setAttribute(CART, id);
        }
        return CartId.of((String) id);
    }

    public static void remember(HttpSession session, OrderId order) {
        List<String> orders = new ArrayList<>(placed(session));
        orders.add(order.value());
        session.setAttribute(ORDERS, List.copyOf(orders));
    }

    public static boolean placed(HttpSession session, OrderId order) {
        return placed(session).contains(order.value());
    }

    @SuppressWarnings("unchecked")
    private static List<String> placed(HttpSession session) {
        Object orders = session.getAttribute(ORDERS);
        return orders == null ? List.of() : (List<String>) orders;
    }

    /** A random code from an alphabet without look-alike characters. */
    static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A new order number such as {@code TW-7KQ2M9XA}, hard to guess. */
    public static OrderId newOrderId() {
        return OrderId.of("TW-" + randomCode(10));
    }
}
