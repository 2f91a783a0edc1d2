package org.taawon.core.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.taawon.core.catalogue.Sku;

/**
 * A shopper's cart: one line per product, in the order products were first added. Changes are
 * domain verbs that validate before they touch anything.
 */
public final class Cart {

    private final CartId id;
    private final List<CartLine> lines;

    public Cart(CartId id, List<CartLine> lines) {
        this.id = Objects.requireNonNull(id, "id");
        this.lines = new ArrayList<>(lines.size());
        for (CartLine line : lines) {
            requireValidQuantity(line.sku(), line.quantity());
            if (indexOf(line.sku()) >= 0) {
                throw new CartException(CartException.INVALID_QUANTITY, "sku " + line.sku() + " twice in cart " + id);
            }
            this.lines.add(line);
        }
    }

    public static Cart empty(CartId id) {
        return new Cart(id, List.of());
    }

    public CartId id() {
        return id;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Adds units of a product; a product already in the cart gets the units added to its line. */
    public void add(Sku sku, long quantity) {
        requireValidQuantity(sku, quantity);
        int i = indexOf(sku);
        if (i < 0) {
            lines.add(new CartLine(sku, quantity));
            return;
        }
        long total = lines.get(i).quantity() + quantity;
        requireValidQuantity(sku, total);
        lines.set(i, new CartLine(sku, total));
    }

    /** Sets the quantity of a product already in the cart. */
    public void changeQuantity(Sku sku, long quantity) {
        int i = indexOf(sku);
        if (i < 0) {
            throw new CartException(CartException.NOT_IN_CART, sku + " is not in cart " + id);
        }
        requireValidQuantity(sku, quantity);
        lines.set(i, new CartLine(sku, quantity));
    }

    public void remove(Sku sku) {
        int i = indexOf(sku);
        if (i < 0) {
            throw new CartException(CartException.NOT_IN_CART, sku + " is not in cart " + id);
        }
        lines.remove(i);
    }

    public void clear() {
        lines.clear();
    }

    private int indexOf(Sku sku) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(sku)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireValidQuantity(Sku sku, long quantity) {
        if (!CartLine.isValidQuantity(quantity)) {
            throw new CartException(CartException.INVALID_QUANTITY, "quantity of " + sku + " must be "
                    + CartLine.MIN_QUANTITY + ".." + CartLine.MAX_QUANTITY + ", not " + quantity);
        }
    }
}
