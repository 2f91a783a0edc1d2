package org.taawon.examples.shop.storefront;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawon.core.cart.Carts;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.examples.shop.stripe.StripeCheckout;
import org.taawon.examples.shop.stripe.StripeMode;
import org.taawon.examples.shop.web.NotFoundException;

/**
 * Checkout, the sandbox card payment, the confirmation and the order page. A browser may only see the
 * orders placed in its own session; any other order number answers 404.
 */
@Controller
public class CheckoutController {

    private final Carts carts;
    private final Orders orders;
    private final Checkout checkout;
    private final SandboxCheckout sandbox;
    private final CartController cartView;
    private final OrderViews orderViews;
    private final StripeMode.Setting stripe;
    private final StripeCheckout stripeCheckout;

    // Seven collaborators: the checkout steps of both payment modes meet here, each a small component.
    public CheckoutController(Carts carts, Orders orders, Checkout checkout, SandboxCheckout sandbox,
                              CartController cartView, OrderViews orderViews, StripeMode.Setting stripe,
                              StripeCheckout stripeCheckout) {
        this.stripe = stripe;
        this.stripeCheckout = stripeCheckout;
        this.carts = carts;
        this.orders = orders;
        this.checkout = checkout;
        this.sandbox = sandbox;
        this.cartView = cartView;
        this.orderViews = orderViews;
    }

    @GetMapping("/checkout")
    String checkoutForm(HttpSession session, Model model) {
        CartController.CartView cart = cartView.view(carts.findOrNew(ShopperSession.cart(session)));
        if (cart.isEmpty()) {
            return "redirect:/cart";
        }
        model.addAttribute("cart", cart);
        model.addAttribute("delivery", new Delivery("", "", "", ""));
        return "checkout";
    }

    @PostMapping("/checkout")
    String placeOrder(@ModelAttribute Delivery delivery, HttpSession session, Model model) {
        CartController.CartView cart = cartView.view(carts.findOrNew(ShopperSession.cart(session)));
        if (cart.isEmpty()) {
            return "redirect:/cart";
        }
        if (!delivery.isComplete()) {
            model.addAttribute("cart", cart);
            model.addAttribute("delivery", delivery);
            model.addAttribute("incomplete", true);
            return "checkout";
        }
        OrderId id = ShopperSession.newOrderId();
        checkout.place(ShopperSession.cart(session), delivery, id);
        ShopperSession.remember(session, id);
        return "redirect:/pay/" + id.value();
    }

    @GetMapping("/pay/{orderId}")
    String paymentForm(@PathVariable String orderId, HttpSession session, Model model) {
        Order order = ownOrder(orderId, session);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return "redirect:/orders/" + order.id().value();
        }
        model.addAttribute("order", orderViews.of(order));
        if (stripe.mode().isPresent()) {
            model.addAttribute("publishableKey", stripe.mode().get().publishableKey());
            model.addAttribute("clientSecret", stripeCheckout.start(order.id()).clientSecret());
            return "pay-stripe";
        }
        return "pay";
    }

    @PostMapping("/pay/{orderId}")
    String pay(@PathVariable String orderId, @RequestParam(defaultValue = "") String cardNumber, HttpSession session,
               Model model) {
        Order order = ownOrder(orderId, session);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            return "redirect:/orders/" + order.id().value();
        }
        SandboxCheckout.Outcome outcome = sandbox.pay(order.id(), cardNumber, ShopperSession.cart(session));
        return switch (outcome) {
            case PAID, PENDING -> "redirect:/orders/" + order.id().value() + "/confirmation";
            case DECLINED -> "redirect:/cart?declined";
            case UNKNOWN_CARD -> {
                model.addAttribute("order", orderViews.of(order));
                model.addAttribute("unknownCard", true);
                yield "pay";
            }
        };
    }

    @GetMapping("/orders/{orderId}/confirmation")
    String confirmation(@PathVariable String orderId, HttpSession session, Model model) {
        model.addAttribute("order", orderViews.of(ownOrder(orderId, session)));
        return "confirmation";
    }

    @GetMapping("/orders/{orderId}")
    String order(@PathVariable String orderId, HttpSession session, Model model) {
        model.addAttribute("order", orderViews.of(ownOrder(orderId, session)));
        return "order";
    }

    private Order ownOrder(String orderId, HttpSession session) {
        OrderId id;
        try {
            id = OrderId.of(orderId);
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("order " + orderId);
        }
        if (!ShopperSession.placed(session, id)) {
            throw new NotFoundException("order " + orderId);
        }
        return orders.find(id).orElseThrow(() -> new NotFoundException("order " + orderId));
    }
}
