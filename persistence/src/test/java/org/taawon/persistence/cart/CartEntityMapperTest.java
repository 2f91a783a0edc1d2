package org.taawon.persistence.cart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartId;
import org.taawon.core.catalogue.Sku;

class CartEntityMapperTest {

    private final CartEntityMapper mapper = CartEntityMapper.MAPPER;

    @Test
    void a_cart_survives_the_round_trip_with_its_lines_in_order() {
        Cart cart = Cart.empty(CartId.of("session-1"));
        cart.add(Sku.of("RUG-S"), 2);
        cart.add(Sku.of("ARGAN-250"), 1);
        CartEntity entity = new CartEntity();

        mapper.update(cart, entity);

        assertThat(mapper.toDomain(entity)).usingRecursiveComparison().isEqualTo(cart);
        assertThat(entity.getLines()).extracting(CartLineEntity::getLineNo).containsExactly(0, 1);
        assertThat(entity.getLines()).allSatisfy(line -> assertThat(line.getCart()).isSameAs(entity));
    }

    @Test
    void a_shorter_cart_reuses_rows_by_position_and_drops_the_rest() {
        Cart cart = Cart.empty(CartId.of("session-1"));
        cart.add(Sku.of("RUG-S"), 2);
        cart.add(Sku.of("ARGAN-250"), 1);
        CartEntity entity = new CartEntity();
        mapper.update(cart, entity);
        CartLineEntity first = entity.getLines().get(0);

        cart.remove(Sku.of("RUG-S"));
        mapper.update(cart, entity);

        assertThat(entity.getLines()).containsExactly(first);
        assertThat(first.getSku()).isEqualTo("ARGAN-250");
        assertThat(mapper.toDomain(entity)).usingRecursiveComparison().isEqualTo(cart);
    }
}
