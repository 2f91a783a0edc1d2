package org.taawon.examples.shop.backoffice;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.order.Refund;
import org.taawon.examples.shop.storefront.OrderViews;
import org.taawon.examples.shop.web.NotFoundException;

/** The operator's orders: every order, newest first, and refunds by line. */
@Controller
public class BackOfficeController {

    private final Orders orders;
    private final Cooperatives cooperatives;
    private final RefundByLine refundByLine;
    private final OrderViews orderViews;

    public BackOfficeController(Orders orders, Cooperatives cooperatives, RefundByLine refundByLine, OrderViews orderViews) {
        this.orders = orders;
        this.cooperatives = cooperatives;
        this.refundByLine = refundByLine;
        this.orderViews = orderViews;
    }

    @GetMapping("/admin")
    String orders(Model model) {
        Map<OrderId, Order> all = new LinkedHashMap<>();
        cooperatives.all().forEach(c -> orders.forCooperative(c.id()).forEach(o -> all.putIfAbsent(o.id(), o)));
        model.addAttribute("orders", all.values().stream()
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .map(orderViews::of).toList());
        return "admin";
    }

    @GetMapping("/admin/orders/{orderId}")
    String order(@PathVariable String orderId, Model model) {
        model.addAttribute("order", orderViews.of(find(orderId)));
        return "admin-order";
    }

    @PostMapping("/admin/orders/{orderId}/refund")
    String refund(@PathVariable String orderId, @RequestParam int line, @RequestParam long units,
                  @RequestParam(defaultValue = "false") boolean restock, RedirectAttributes redirect) {
        Order order = find(orderId);
        Refund refund = refundByLine.refund(order.id(), line, units, restock);
        redirect.addFlashAttribute("refunded", refund.amount());
        return "redirect:/admin/orders/" + order.id().value();
    }

    private Order find(String orderId) {
        try {
            return orders.find(OrderId.of(orderId)).orElseThrow(() -> new NotFoundException("order " + orderId));
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("order " + orderId);
        }
    }
}
