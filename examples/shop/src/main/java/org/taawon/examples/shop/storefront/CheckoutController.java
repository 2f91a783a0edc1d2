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
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.examples.shop.stripe.StripeCheckout;
import org.taawon.examples.shop.stripe.StripeMode;

/**
 * Checkout, the sandbox card payment and the confirmation. A browser may only see the orders placed in
 * its own session ({@link ShopperOrders}); the payment step is open only while the order may be paid.
 */
@Controller
public class CheckoutController {

    private final Carts carts;
    private final ShopperOrders shopperOrders;
    private final Checkout checkout;
    private final SandboxCheckout sandbox;
    private final CartController cartView;
    private final OrderViews orderViews;
    private final StripeMode.Setting stripe;
    private final StripeCheckout stripeCheckout;

    // Eight collaborators: the checkout steps of both payment modes meet here, each a small component.
    public CheckoutController(Carts carts, ShopperOrders shopperOrders, Checkout checkout, SandboxCheckout sandbox,
                              CartController cartView, OrderViews orderViews, StripeMode.Setting stripe,
                              StripeCheckout stripeCheckout) {
        this.stripe = stripe;
        this.stripeCheckout = stripeCheckout;
        this.carts = carts;
        this.shopperOrders = shopperOrders;
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
        Order order = shopperOrders.own(orderId, session);
        OrderViews.OrderView view = orderViews.of(order);
        if (!view.payable()) {
            return "redirect:/orders/" + order.id().value();
        }
        model.addAttribute("order", view);
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
        Order order = shopperOrders.own(orderId, session);
        // Paid, cancelled, or past its payment time-out (even before the expiry run cancels it): no payment is started.
        if (!orderViews.of(order).payable()) {
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
        model.addAttribute("order", orderViews.of(shopperOrders.own(orderId, session)));
        return "confirmation";
    }
}
