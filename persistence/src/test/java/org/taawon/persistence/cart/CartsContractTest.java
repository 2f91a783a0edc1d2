package org.taawon.persistence.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.CartLine;
import org.taawon.core.cart.Carts;
import org.taawon.core.catalogue.Sku;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link Carts} contract, on every adapter. */
class CartsContractTest {

    private static final CartId CART = CartId.of("session-42");

    @OnEveryAdapter
    void a_saved_cart_is_found_with_its_lines_in_order(Adapter adapter) {
        Carts carts = adapter.open().carts();
        Cart cart = Cart.empty(CART);
        cart.add(Sku.of("RUG-S"), 1);
        cart.add(Sku.of("ARGAN-250"), 2);

        carts.save(cart);

        assertThat(carts.find(CART)).get().extracting(Cart::lines)
                .isEqualTo(List.of(CartLine.of("RUG-S", 1), CartLine.of("ARGAN-250", 2)));
    }

    @OnEveryAdapter
    void changes_to_a_cart_are_kept_once_saved(Adapter adapter) {
        Carts carts = adapter.open().carts();
        Cart cart = Cart.empty(CART);
        cart.add(Sku.of("RUG-S"), 1);
        cart.add(Sku.of("ARGAN-250"), 2);
        cart.add(Sku.of("AMLOU-500"), 1);
        carts.save(cart);

        Cart loaded = carts.find(CART).orElseThrow();
        loaded.remove(Sku.of("RUG-S"));
        loaded.changeQuantity(Sku.of("AMLOU-500"), 7);
        carts.save(loaded);
        Cart again = carts.find(CART).orElseThrow();
        again.add(Sku.of("DATES-1KG"), 3);
        again.add(Sku.of("RUG-S"), 1);
        carts.save(again);

        assertThat(carts.find(CART).orElseThrow().lines()).containsExactly(CartLine.of("ARGAN-250", 2),
                CartLine.of("AMLOU-500", 7), CartLine.of("DATES-1KG", 3), CartLine.of("RUG-S", 1));
    }

    @OnEveryAdapter
    void an_emptied_cart_is_kept_empty_and_a_deleted_cart_is_gone(Adapter adapter) {
        Carts carts = adapter.open().carts();
        Cart cart = Cart.empty(CART);
        cart.add(Sku.of("RUG-S"), 1);
        carts.save(cart);
        cart.clear();
        carts.save(cart);

        assertThat(carts.find(CART)).get().satisfies(c -> assertThat(c.isEmpty()).isTrue());

        carts.delete(CART);

        assertThat(carts.find(CART)).isEmpty();
        assertThat(carts.findOrNew(CART).isEmpty()).isTrue();
    }

    @OnEveryAdapter
    void a_cart_filled_checked_out_and_filled_again_in_one_transaction_keeps_only_its_last_lines(Adapter adapter) {
        Adapter.Ports ports = adapter.open();
        Carts carts = ports.carts();
        ports.transactions().inTransaction(() -> {
            Cart cart = carts.findOrNew(CART);
            cart.add(Sku.of("RUG-S"), 1);
            carts.save(cart);
            Cart more = carts.findOrNew(CART);
            more.add(Sku.of("ARGAN-250"), 2);
            carts.save(more);
            assertThat(carts.find(CART).orElseThrow().lines()).containsExactly(CartLine.of("RUG-S", 1), CartLine.of("ARGAN-250", 2));
            carts.delete(CART);
            assertThat(carts.find(CART)).isEmpty();
            Cart refilled = carts.findOrNew(CART);
            assertThat(refilled.isEmpty()).isTrue();
            refilled.add(Sku.of("AMLOU-500"), 3);
            carts.save(refilled);
        });

        assertThat(carts.find(CART).orElseThrow().lines()).containsExactly(CartLine.of("AMLOU-500", 3));
    }

    @OnEveryAdapter
    void cart_ids_that_differ_only_in_case_are_different_carts(Adapter adapter) {
        Carts carts = adapter.open().carts();
        Cart lower = Cart.empty(CartId.of("cart-a"));
        lower.add(Sku.of("RUG-S"), 1);
        Cart upper = Cart.empty(CartId.of("CART-A"));
        upper.add(Sku.of("RUG-S"), 2);

        carts.save(lower);
        carts.save(upper);

        assertThat(carts.find(CartId.of("cart-a")).orElseThrow().lines()).containsExactly(CartLine.of("RUG-S", 1));
        assertThat(carts.find(CartId.of("CART-A")).orElseThrow().lines()).containsExactly(CartLine.of("RUG-S", 2));
    }
}
