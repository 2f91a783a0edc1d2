package org.taawon.core.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_500;
import static org.taawon.core.fixtures.SeedCatalogue.ARGAN_OIL_250;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.fixtures.SeedCatalogue;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.money.TaawonException;

class CartTest {

    private static final CartId CART = CartId.of("cart-1");

    private static String reasonOf(Runnable change) {
        try {
            change.run();
        } catch (TaawonException e) {
            return e.reason();
        }
        throw new AssertionError("the change was accepted");
    }

    @Nested
    class Verbs {

        @Test
        void keeps_one_line_per_product_in_the_order_products_were_first_added() {
            Cart cart = Cart.empty(CART);
            cart.add(ARGAN_OIL_250.sku(), 1);
            cart.add(DATES_MEJHOUL_1K.sku(), 3);
            cart.add(ARGAN_OIL_250.sku(), 2);

            assertThat(cart.lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 3), new CartLine(DATES_MEJHOUL_1K.sku(), 3));
        }

        @Test
        void changes_and_removes_lines_and_clears() {
            Cart cart = new Cart(CART, List.of(new CartLine(ARGAN_OIL_250.sku(), 1), new CartLine(AMLOU_500.sku(), 1)));
            cart.changeQuantity(AMLOU_500.sku(), 4);
            assertThat(cart.lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 1), new CartLine(AMLOU_500.sku(), 4));
            cart.remove(ARGAN_OIL_250.sku());
            assertThat(cart.lines()).containsExactly(new CartLine(AMLOU_500.sku(), 4));
            cart.clear();
            assertThat(cart.isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, 1_000_001, Long.MIN_VALUE})
        void refuses_quantities_outside_1_to_a_million_and_keeps_the_cart_as_it_was(long quantity) {
            Cart cart = new Cart(CART, List.of(new CartLine(ARGAN_OIL_250.sku(), 2)));

            assertThat(reasonOf(() -> cart.add(AMLOU_500.sku(), quantity))).isEqualTo("INVALID_QUANTITY");
            assertThat(reasonOf(() -> cart.changeQuantity(ARGAN_OIL_250.sku(), quantity))).isEqualTo("INVALID_QUANTITY");
            assertThat(cart.lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 2));
        }

        @Test
        void refuses_an_addition_that_takes_a_line_above_a_million() {
            Cart cart = new Cart(CART, List.of(new CartLine(ARGAN_OIL_250.sku(), 999_999)));

            assertThat(reasonOf(() -> cart.add(ARGAN_OIL_250.sku(), 2))).isEqualTo("INVALID_QUANTITY");
            cart.add(ARGAN_OIL_250.sku(), 1);
            assertThat(cart.lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 1_000_000));
        }

        @Test
        void refuses_to_change_or_remove_a_product_that_is_not_in_the_cart() {
            Cart cart = Cart.empty(CART);
            assertThat(reasonOf(() -> cart.changeQuantity(AMLOU_500.sku(), 1))).isEqualTo("NOT_IN_CART");
            assertThat(reasonOf(() -> cart.remove(AMLOU_500.sku()))).isEqualTo("NOT_IN_CART");
        }

        @Test
        void refuses_to_be_rebuilt_with_a_product_twice_or_an_invalid_quantity() {
            assertThat(reasonOf(() -> new Cart(CART, List.of(CartLine.of("A", 1), CartLine.of("A", 2)))))
                    .isEqualTo("INVALID_QUANTITY");
            assertThat(reasonOf(() -> new Cart(CART, List.of(CartLine.of("A", 0))))).isEqualTo("INVALID_QUANTITY");
        }

        @Test
        void hands_out_copies_of_its_lines() {
            Cart cart = new Cart(CART, List.of(CartLine.of("A", 1)));
            assertThatThrownBy(() -> cart.lines().add(CartLine.of("B", 1))).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Use_cases {

        private TaawonFixture taawon;

        @BeforeEach
        void catalogue() {
            taawon = SeedCatalogue.fixture();
        }

        @Test
        void add_creates_the_cart_and_saves_every_change() {
            taawon.addToCart().add(CART, ARGAN_OIL_250.sku(), 2);
            taawon.addToCart().add(CART, DATES_MEJHOUL_1K.sku(), 1);
            taawon.changeCartQuantity().change(CART, ARGAN_OIL_250.sku(), 5);
            taawon.removeFromCart().remove(CART, DATES_MEJHOUL_1K.sku());

            assertThat(taawon.carts().find(CART)).hasValueSatisfying(
                    c -> assertThat(c.lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 5)));
        }

        @Test
        void add_refuses_a_product_the_catalogue_does_not_know_and_saves_nothing() {
            assertThat(reasonOf(() -> taawon.addToCart().add(CART, Sku.of("NO-SUCH"), 1))).isEqualTo("UNKNOWN_PRODUCT");
            assertThat(taawon.carts().find(CART)).isEmpty();
        }

        @Test
        void add_refuses_an_invalid_quantity_and_leaves_the_saved_cart_as_it_was() {
            taawon.addToCart().add(CART, ARGAN_OIL_250.sku(), 2);

            assertThat(reasonOf(() -> taawon.addToCart().add(CART, AMLOU_500.sku(), 0))).isEqualTo("INVALID_QUANTITY");
            assertThat(taawon.carts().find(CART).orElseThrow().lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 2));
        }

        @Test
        void change_and_remove_refuse_an_unknown_cart_or_a_product_not_in_it() {
            assertThat(reasonOf(() -> taawon.changeCartQuantity().change(CART, ARGAN_OIL_250.sku(), 1))).isEqualTo("UNKNOWN_CART");
            assertThat(reasonOf(() -> taawon.removeFromCart().remove(CART, ARGAN_OIL_250.sku()))).isEqualTo("UNKNOWN_CART");

            taawon.addToCart().add(CART, ARGAN_OIL_250.sku(), 1);
            assertThat(reasonOf(() -> taawon.changeCartQuantity().change(CART, AMLOU_500.sku(), 1))).isEqualTo("NOT_IN_CART");
            assertThat(reasonOf(() -> taawon.removeFromCart().remove(CART, AMLOU_500.sku()))).isEqualTo("NOT_IN_CART");
            assertThat(reasonOf(() -> taawon.changeCartQuantity().change(CART, ARGAN_OIL_250.sku(), 1_000_001)))
                    .isEqualTo("INVALID_QUANTITY");
            assertThat(taawon.carts().find(CART).orElseThrow().lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 1));
        }

        @Test
        void a_stored_cart_does_not_change_with_the_caller_s_copy() {
            Cart cart = taawon.addToCart().add(CART, ARGAN_OIL_250.sku(), 1);
            cart.add(AMLOU_500.sku(), 1);

            assertThat(taawon.carts().find(CART).orElseThrow().lines()).containsExactly(new CartLine(ARGAN_OIL_250.sku(), 1));
            taawon.carts().delete(CART);
            assertThat(taawon.carts().find(CART)).isEmpty();
        }
    }
}
