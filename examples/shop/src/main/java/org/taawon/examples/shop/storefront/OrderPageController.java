package org.taawon.examples.shop.storefront;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.taawon.core.order.Order;

/**
 * The shopper's order page. An unpaid order offers the payment step until its payment time-out, says
 * when that is, and may be cancelled; a cancelled or expired order says so and offers neither.
 */
@Controller
public class OrderPageController {

    private final ShopperOrders shopperOrders;
    private final OrderViews orderViews;
    private final Cancellations cancellations;

    public OrderPageController(ShopperOrders shopperOrders, OrderViews orderViews, Cancellations cancellations) {
        this.shopperOrders = shopperOrders;
        this.orderViews = orderViews;
        this.cancellations = cancellations;
    }

    @GetMapping("/orders/{orderId}")
    String order(@PathVariable String orderId, HttpSession session, Model model) {
        model.addAttribute("order", orderViews.of(shopperOrders.own(orderId, session)));
        return "order";
    }

    /** Cancels the shopper's unpaid order; an order that can no longer be cancelled is shown as it stands. */
    @PostMapping("/orders/{orderId}/cancel")
    String cancel(@PathVariable String orderId, HttpSession session) {
        Order order = shopperOrders.own(orderId, session);
        if (!orderViews.of(order).cancellable()) {
            return "redirect:/orders/" + order.id().value();
        }
        cancellations.cancel(order.id());
        return "redirect:/orders/" + order.id().value() + "?cancelled";
    }
}
