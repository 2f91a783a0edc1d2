package org.taawon.examples.shop.storefront;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawon.core.cart.AddToCart;
import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartLine;
import org.taawon.core.cart.Carts;
import org.taawon.core.cart.ChangeCartQuantity;
import org.taawon.core.cart.RemoveFromCart;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.Money;
import org.taawon.examples.shop.TaawonConfiguration;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.web.Languages;

/**
 * The shopper's cart, grouped by cooperative with each one's shipping. Forms send skus and units only;
 * prices come from the catalogue.
 */
@Controller
public class CartController {

    private final Carts carts;
    private final Products products;
    private final AddToCart addToCart;
    private final ChangeCartQuantity changeCartQuantity;
    private final RemoveFromCart removeFromCart;
    private final ShippingRates shippingRates;
    private final Showcase showcase;

    public CartController(Carts carts, Products products, AddToCart addToCart, ChangeCartQuantity changeCartQuantity,
                          RemoveFromCart removeFromCart, ShippingRates shippingRates, Showcase showcase) {
        this.carts = carts;
        this.products = products;
        this.addToCart = addToCart;
        this.changeCartQuantity = changeCartQuantity;
        this.removeFromCart = removeFromCart;
        this.shippingRates = shippingRates;
        this.showcase = showcase;
    }

    @GetMapping("/cart")
    String cart(HttpSession session, Model model) {
        model.addAttribute("cart", view(carts.findOrNew(ShopperSession.cart(session))));
        return "cart";
    }

    @PostMapping("/cart/add")
    String add(@RequestParam String sku, @RequestParam(defaultValue = "1") long quantity, HttpSession session) {
        addToCart.add(ShopperSession.cart(session), Sku.of(sku), quantity);
        return "redirect:/cart";
    }

    @PostMapping("/cart/change")
    String change(@RequestParam String sku, @RequestParam long quantity, HttpSession session) {
        changeCartQuantity.change(ShopperSession.cart(session), Sku.of(sku), quantity);
        return "redirect:/cart";
    }

    @PostMapping("/cart/remove")
    String remove(@RequestParam String sku, HttpSession session) {
        removeFromCart.remove(ShopperSession.cart(session), Sku.of(sku));
        return "redirect:/cart";
    }

    /** The cart grouped by cooperative, with catalogue prices and the shop's shipping rates. */
    CartView view(Cart cart) {
        String language = Languages.current();
        Map<CooperativeId, List<LineView>> byCooperative = new LinkedHashMap<>();
        for (CartLine line : cart.lines()) {
            Product product = products.get(line.sku());
            byCooperative.computeIfAbsent(product.cooperative(), c -> new ArrayList<>())
                    .add(new LineView(line.sku().value(), showcase.productName(line.sku(), language), line.quantity(),
                            product.price(), product.price().times(line.quantity())));
        }
        List<Group> groups = new ArrayList<>();
        Money total = Money.zero(TaawonConfiguration.MAD);
        for (Map.Entry<CooperativeId, List<LineView>> e : byCooperative.entrySet()) {
            Money subtotal = Money.zero(TaawonConfiguration.MAD);
            for (LineView line : e.getValue()) {
                subtotal = subtotal.plus(line.amount());
            }
            Money shipping = shippingRates.forCooperative(e.getKey());
            groups.add(new Group(e.getKey().value(), showcase.cooperativeName(e.getKey(), language), e.getValue(), subtotal,
                    shipping));
            total = total.plus(subtotal).plus(shipping);
        }
        return new CartView(groups, total);
    }

    /** A cart grouped by cooperative. */
    public record CartView(List<Group> groups, Money total) {

        public boolean isEmpty() {
            return groups.isEmpty();
        }
    }

    /** One cooperative's lines and parcel. */
    public record Group(String cooperativeId, String cooperative, List<LineView> lines, Money subtotal, Money shipping) {
    }

    /** One cart line at catalogue price. */
    public record LineView(String sku, String name, long quantity, Money unitPrice, Money amount) {
    }
}
