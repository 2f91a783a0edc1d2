package org.taawon.examples.shop.backoffice;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.order.Refund;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.Payouts;
import org.taawon.examples.shop.TaawonConfiguration;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.storefront.OrderViews;
import org.taawon.examples.shop.web.Amounts;
import org.taawon.examples.shop.web.Languages;
import org.taawon.examples.shop.web.NotFoundException;
import org.taawon.examples.shop.web.SvgBarChart;

/** The operator's back office: orders and refunds by line, payout runs, the trial balance and the impact report. */
@Controller
public class BackOfficeController {

    private final Orders orders;
    private final Cooperatives cooperatives;
    private final Payouts payouts;
    private final LedgerEntries ledger;
    private final RefundByLine refundByLine;
    private final PayoutRuns payoutRuns;
    private final ImpactReport impactReport;
    private final OrderViews orderViews;
    private final Showcase showcase;
    private final MessageSource messages;

    public BackOfficeController(Orders orders, Cooperatives cooperatives, Payouts payouts, LedgerEntries ledger,
                                RefundByLine refundByLine, PayoutRuns payoutRuns, ImpactReport impactReport,
                                OrderViews orderViews, Showcase showcase, MessageSource messages) {
        this.orders = orders;
        this.cooperatives = cooperatives;
        this.payouts = payouts;
        this.ledger = ledger;
        this.refundByLine = refundByLine;
        this.payoutRuns = payoutRuns;
        this.impactReport = impactReport;
        this.orderViews = orderViews;
        this.showcase = showcase;
        this.messages = messages;
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

    @GetMapping("/admin/payouts")
    String payouts(Model model) {
        List<RunView> runs = new ArrayList<>();
        payouts.runs().forEach(r -> runs.add(0, new RunView(r, payouts.forRun(r.id()))));
        model.addAttribute("runs", runs);
        return "admin-payouts";
    }

    @PostMapping("/admin/payouts")
    String runPayouts() {
        return "redirect:/admin/payouts/" + payoutRuns.start().value();
    }

    @GetMapping("/admin/payouts/{runId}")
    String payoutRun(@PathVariable String runId, Model model) {
        PayoutRunId id;
        try {
            id = PayoutRunId.of(runId);
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("run " + runId);
        }
        model.addAttribute("progress", payoutRuns.progress(id).orElseThrow(() -> new NotFoundException("run " + runId)));
        return "admin-payout-run";
    }

    @GetMapping("/admin/ledger")
    String trialBalance(Model model) {
        TrialBalance trial = TrialBalance.of(ledger, TaawonConfiguration.MAD);
        model.addAttribute("trial", trial);
        model.addAttribute("balances", new java.util.TreeMap<>(trial.balances()).entrySet());
        return "admin-ledger";
    }

    @GetMapping("/admin/impact")
    String impact(Model model) {
        String language = Languages.current();
        ImpactReport.Report report = impactReport.build(6);
        model.addAttribute("report", report);
        Map<String, String> regionNames = new LinkedHashMap<>();
        report.rows().forEach(r -> regionNames.put(r.region(), showcase.regionName(r.region(), language)));
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("chart", SvgBarChart.render("impact",
                report.months().stream().map(YearMonth::toString).toList(),
                ImpactReport.KINDS.stream().map(k -> new SvgBarChart.Series(kindLabel(k, language), report.byKind().get(k))).toList(),
                m -> Amounts.in(language, m)));
        return "admin-impact";
    }

    private String kindLabel(CooperativeKind kind, String language) {
        return messages.getMessage("kind." + kind.name(), null, kind.name(), Locale.forLanguageTag(language));
    }

    /** A payout run with its payouts. */
    public record RunView(PayoutRun run, List<Payout> payouts) {
    }

    private Order find(String orderId) {
        try {
            return orders.find(OrderId.of(orderId)).orElseThrow(() -> new NotFoundException("order " + orderId));
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("order " + orderId);
        }
    }
}
