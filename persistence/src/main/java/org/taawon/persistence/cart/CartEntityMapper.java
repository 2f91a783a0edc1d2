package org.taawon.persistence.cart;

import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.CartLine;
import org.taawon.persistence.support.EntityMappingConfig;

/**
 * {@link Cart} to and from its rows. A cart is a class with fluent accessors, so its top level is
 * written out; its lines, records, are generated.
 */
@Mapper(config = EntityMappingConfig.class)
interface CartEntityMapper {

    CartEntityMapper MAPPER = new GeneratedCartEntityMapper();

    CartLine toDomain(CartLineEntity entity);

    @Mapping(target = "cart", ignore = true)
    @Mapping(target = "lineNo", ignore = true)
    CartLineEntity toEntity(CartLine line);

    @Mapping(target = "cart", ignore = true)
    @Mapping(target = "lineNo", ignore = true)
    void update(CartLine line, @MappingTarget CartLineEntity entity);

    default Cart toDomain(CartEntity entity) {
        List<CartLine> lines = new ArrayList<>(entity.getLines().size());
        entity.getLines().forEach(line -> lines.add(toDomain(line)));
        return new Cart(CartId.of(entity.getCartId()), lines);
    }

    /**
     * Makes the entity hold the cart's lines. Rows are reused by position, so a changed cart updates
     * rows in place instead of deleting and re-inserting them under the same (cart, line) key.
     */
    default void update(Cart cart, CartEntity entity) {
        entity.setCartId(cart.id().value());
        List<CartLine> lines = cart.lines();
        List<CartLineEntity> rows = entity.getLines();
        for (int i = 0; i < lines.size(); i++) {
            if (i < rows.size()) {
                update(lines.get(i), rows.get(i));
            } else {
                CartLineEntity row = toEntity(lines.get(i));
                row.setCart(entity);
                row.setLineNo(i);
                rows.add(row);
            }
        }
        while (rows.size() > lines.size()) {
            rows.remove(rows.size() - 1);
        }
    }
}
