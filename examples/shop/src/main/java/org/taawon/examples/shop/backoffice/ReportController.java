package org.taawon.examples.shop.backoffice;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.examples.shop.TaawonConfiguration;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.web.Amounts;
import org.taawon.examples.shop.web.Languages;
import org.taawon.examples.shop.web.SvgBarChart;

/** The operator's reports: the ledger's trial balance and the impact report with its chart. */
@Controller
public class ReportController {

    private final LedgerEntries ledger;
    private final ImpactReport impactReport;
    private final Showcase showcase;
    private final MessageSource messages;

    public ReportController(LedgerEntries ledger, ImpactReport impactReport, Showcase showcase, MessageSource messages) {
        this.ledger = ledger;
        this.impactReport = impactReport;
        this.showcase = showcase;
        this.messages = messages;
    }

    @GetMapping("/admin/ledger")
    String trialBalance(Model model) {
        TrialBalance trial = TrialBalance.of(ledger, TaawonConfiguration.MAD);
        model.addAttribute("trial", trial);
        model.addAttribute("balances", new TreeMap<>(trial.balances()).entrySet());
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
        model.addAttribute("chart", SvgBarChart.render(text("admin.impact", language),
                report.months().stream().map(YearMonth::toString).toList(),
                ImpactReport.KINDS.stream()
                        .map(k -> new SvgBarChart.Series(text("kind." + k.name(), language), report.byKind().get(k))).toList(),
                m -> Amounts.in(language, m)));
        return "admin-impact";
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, key, Locale.forLanguageTag(language));
    }
}
