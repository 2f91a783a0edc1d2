package org.taawon.examples.shop.dashboard;

import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.ledger.CooperativeBalance;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.money.Money;
import org.taawon.core.order.FulfilmentStatus;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.core.order.ShipSubOrder;
import org.taawon.core.order.SubOrder;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.Payouts;
import org.taawon.examples.shop.TaawonConfiguration;
import org.taawon.examples.shop.security.CurrentCooperative;
import org.taawon.examples.shop.storefront.Delivery;
import org.taawon.examples.shop.storefront.OrderViews;
import org.taawon.examples.shop.web.Amounts;
import org.taawon.examples.shop.web.Languages;
import org.taawon.examples.shop.web.NotFoundException;
import org.taawon.examples.shop.web.SvgBarChart;

/**
 * A cooperative's dashboard: orders to ship, balances, payouts and monthly earnings. The
 * cooperative is always the logged-in one ({@link CurrentCooperative}); an order or payout of another
 * cooperative answers 404 whatever the URL says. It takes one collaborator per thing the page shows
 * or changes (orders, shipping, payouts, the ledger), which is why it has more than five.
 */
@Controller
public class DashboardController {

    private final CurrentCooperative current;
    private final Orders orders;
    private final Payouts payouts;
    private final LedgerEntries ledger;
    private final ShipSubOrder shipSubOrder;
    private final DashboardViews views;
    private final Clock clock;

    public DashboardController(CurrentCooperative current, Orders orders, Payouts payouts, LedgerEntries ledger,
                               ShipSubOrder shipSubOrder, DashboardViews views, Clock clock) {
        this.current = current;
        this.orders = orders;
        this.payouts = payouts;
        this.ledger = ledger;
        this.shipSubOrder = shipSubOrder;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(Principal principal, Model model) {
        CooperativeId cooperative = current.of(principal);
        String language = Languages.current();
        model.addAttribute("cooperative", views.name(cooperative));
        model.addAttribute("balance", CooperativeBalance.of(ledger, cooperative, TaawonConfiguration.MAD, clock.instant()));
        model.addAttribute("toShip", views.toShip(cooperative));
        List<Payout> own = new ArrayList<>(payouts.forCooperative(cooperative));
        Collections.reverse(own);
        model.addAttribute("payouts", own);
        List<YearMonth> months = MonthlyEarnings.lastMonths(clock, 6);
        Map<YearMonth, Money> earnings = MonthlyEarnings.of(ledger, cooperative, months);
        model.addAttribute("chart", SvgBarChart.render(views.text("dashboard.earnings", language),
                months.stream().map(YearMonth::toString).toList(),
                List.of(new SvgBarChart.Series(views.text("dashboard.earned", language), List.copyOf(earnings.values()))),
                m -> Amounts.in(language, m)));
        model.addAttribute("earnings", earnings);
        return "dashboard";
    }

    @GetMapping("/dashboard/orders/{orderId}")
    String order(@PathVariable String orderId, Principal principal, Model model) {
        CooperativeId cooperative = current.of(principal);
        Order order = ownOrder(orderId, cooperative);
        model.addAttribute("cooperative", views.name(cooperative));
        model.addAttribute("parcel", views.parcel(order, cooperative));
        return "dashboard-order";
    }

    @PostMapping("/dashboard/orders/{orderId}/ship")
    String ship(@PathVariable String orderId, Principal principal) {
        CooperativeId cooperative = current.of(principal);
        Order order = ownOrder(orderId, cooperative);
        shipSubOrder.ship(order.id(), cooperative, clock.instant());
        return "redirect:/dashboard?shipped=" + order.id().value();
    }

    @GetMapping("/dashboard/payouts/{runId}")
    String payout(@PathVariable String runId, Principal principal, Model model) {
        CooperativeId cooperative = current.of(principal);
        Payout payout;
        try {
            payout = payouts.find(PayoutId.of(PayoutRunId.of(runId), cooperative))
                    .orElseThrow(() -> new NotFoundException("payout " + runId));
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("payout " + runId);
        }
        model.addAttribute("cooperative", views.name(cooperative));
        model.addAttribute("payout", payout);
        return "dashboard-payout";
    }

    private Order ownOrder(String orderId, CooperativeId cooperative) {
        try {
            return orders.find(OrderId.of(orderId)).filter(o -> o.subOrder(cooperative).isPresent())
                    .orElseThrow(() -> new NotFoundException("order " + orderId));
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("order " + orderId);
        }
    }

    /**
     * Whether a parcel still waits to be shipped: the order is paid (an unpaid, cancelled or expired
     * order ships nothing, and a fully refunded one has nothing left to send) and the parcel not yet sent.
     */
    static boolean awaitsShipment(Order order, SubOrder parcel) {
        return parcel.fulfilment() == FulfilmentStatus.AWAITING_SHIPMENT
                && (order.status() == OrderStatus.PAID || order.status() == OrderStatus.PARTIALLY_REFUNDED);
    }

    /**
     * A parcel as the cooperative sees it: its lines, the delivery address, whether it can be shipped,
     * and the message keys of the order's status and of the parcel's state (awaiting payment, never
     * shipped because the order was cancelled or expired, or its fulfilment).
     */
    public record ParcelView(Order order, SubOrder subOrder, List<OrderViews.Line> lines, Delivery delivery,
                             boolean canShip, String statusKey, String stateKey) {
    }
}
