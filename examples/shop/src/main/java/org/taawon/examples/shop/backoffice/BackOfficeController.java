package org.taawon.examples.shop.backoffice;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.taawon.examples.shop.storefront.Cancellations;
import org.taawon.examples.shop.storefront.OrderViews;
import org.taawon.examples.shop.web.NotFoundException;

/**
 * The operator's orders: the unpaid ones with their payment expiry, every order newest first, refunds
 * by line of a paid order, and the cancellation of an unpaid one (after a confirmation page).
 */
@Controller
public class BackOfficeController {

    private final Orders orders;
    private final Cooperatives cooperatives;
    private final RefundByLine refundByLine;
    private final OrderViews orderViews;
    private final Cancellations cancellations;

    public BackOfficeController(Orders orders, Cooperatives cooperatives, RefundByLine refundByLine, OrderViews orderViews,
                                Cancellations cancellations) {
        this.orders = orders;
        this.cooperatives = cooperatives;
        this.refundByLine = refundByLine;
        this.orderViews = orderViews;
        this.cancellations = cancellations;
    }

    @GetMapping("/admin")
    String orders(Model model) {
        Map<OrderId, Order> all = new LinkedHashMap<>();
        cooperatives.all().forEach(c -> orders.forCooperative(c.id()).forEach(o -> all.putIfAbsent(o.id(), o)));
        List<OrderViews.OrderView> views = all.values().stream()
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .map(orderViews::of).toList();
        model.addAttribute("orders", views);
        // Unpaid orders oldest first: the next to expire on top.
        model.addAttribute("unpaid", views.stream().filter(OrderViews.OrderView::cancellable)
                .sorted(Comparator.comparing(v -> v.order().placedAt())).toList());
        return "admin";
    }

    @GetMapping("/admin/orders/{orderId}")
    String order(@PathVariable String orderId, Model model) {
        model.addAttribute("order", orderViews.of(find(orderId)));
        return "admin-order";
    }

    /** The confirmation step before an unpaid order is cancelled; any other order goes back to its page. */
    @GetMapping("/admin/orders/{orderId}/cancel")
    String confirmCancel(@PathVariable String orderId, Model model) {
        OrderViews.OrderView order = orderViews.of(find(orderId));
        if (!order.cancellable()) {
            return "redirect:/admin/orders/" + order.id();
        }
        model.addAttribute("order", order);
        return "admin-cancel";
    }

    /** Cancels an unpaid order: its stock comes back; the library refuses a paid or already cancelled one. */
    @PostMapping("/admin/orders/{orderId}/cancel")
    String cancel(@PathVariable String orderId, RedirectAttributes redirect) {
        Order order = cancellations.cancel(find(orderId).id());
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/admin/orders/" + order.id().value();
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
