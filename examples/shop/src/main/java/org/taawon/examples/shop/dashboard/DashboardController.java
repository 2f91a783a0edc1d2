package org.taawon.examples.shop.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.storefront.Delivery;
import org.taawon.examples.shop.storefront.DeliveryAddresses;
import org.taawon.examples.shop.storefront.OrderViews;
import org.taawon.examples.shop.web.Amounts;
import org.taawon.examples.shop.web.Languages;
import org.taawon.examples.shop.web.NotFoundException;
import org.taawon.examples.shop.web.SvgBarChart;

/**
 * A cooperative's dashboard: orders to ship, balances, payouts, monthly earnings and statements. The
 * cooperative is always the logged-in one ({@link CurrentCooperative}); an order or payout of another
 * cooperative answers 404 whatever the URL says.
 */
@Controller
public class DashboardController {

    private final CurrentCooperative current;
    private final Orders orders;
    private final Payouts payouts;
    private final LedgerEntries ledger;
    private final ShipSubOrder shipSubOrder;
    private final Statements statements;
    private final StatementCsv csv;
    private final StatementPdf pdf;
    private final DashboardViews views;
    private final Clock clock;

    public DashboardController(CurrentCooperative current, Orders orders, Payouts payouts, LedgerEntries ledger,
                               ShipSubOrder shipSubOrder, Statements statements, StatementCsv csv, StatementPdf pdf,
                               DashboardViews views, Clock clock) {
        this.current = current;
        this.orders = orders;
        this.payouts = payouts;
        this.ledger = ledger;
        this.shipSubOrder = shipSubOrder;
        this.statements = statements;
        this.csv = csv;
        this.pdf = pdf;
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
        java.util.Collections.reverse(own);
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

    @GetMapping("/dashboard/statement")
    String statement(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Principal principal, Model model) {
        CooperativeId cooperative = current.of(principal);
        Statement statement = statements.of(cooperative, fromOrDefault(from), toOrDefault(to));
        model.addAttribute("cooperative", views.name(cooperative));
        model.addAttribute("statement", statement);
        model.addAttribute("names", views);
        return "statement";
    }

    @GetMapping("/dashboard/statement.csv")
    ResponseEntity<byte[]> statementCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        Principal principal) {
        CooperativeId cooperative = current.of(principal);
        Statement statement = statements.of(cooperative, fromOrDefault(from), toOrDefault(to));
        byte[] body = csv.write(statement, Languages.current()).getBytes(StandardCharsets.UTF_8);
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), fileName(statement, "csv"));
    }

    @GetMapping("/dashboard/statement.pdf")
    ResponseEntity<byte[]> statementPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        Principal principal) {
        CooperativeId cooperative = current.of(principal);
        Statement statement = statements.of(cooperative, fromOrDefault(from), toOrDefault(to));
        return download(pdf.write(statement, Languages.current()), MediaType.APPLICATION_PDF, fileName(statement, "pdf"));
    }

    private Order ownOrder(String orderId, CooperativeId cooperative) {
        try {
            return orders.find(OrderId.of(orderId)).filter(o -> o.subOrder(cooperative).isPresent())
                    .orElseThrow(() -> new NotFoundException("order " + orderId));
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("order " + orderId);
        }
    }

    private LocalDate fromOrDefault(LocalDate from) {
        return from != null ? from : LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).minusMonths(5);
    }

    private LocalDate toOrDefault(LocalDate to) {
        return to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String fileName(Statement statement, String extension) {
        return "statement-" + statement.cooperative().value() + "-" + statement.from() + "-" + statement.to() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** Whether a parcel still waits to be shipped (the order is paid and the parcel not yet sent). */
    static boolean awaitsShipment(Order order, SubOrder parcel) {
        return parcel.fulfilment() == FulfilmentStatus.AWAITING_SHIPMENT
                && (order.status() == OrderStatus.PAID || order.status() == OrderStatus.PARTIALLY_REFUNDED);
    }

    /** A parcel as the cooperative sees it: its lines, the delivery address and whether it can be shipped. */
    public record ParcelView(Order order, SubOrder subOrder, List<OrderViews.Line> lines, Delivery delivery,
                             boolean canShip) {
    }
}
