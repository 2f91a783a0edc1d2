package org.taawon.examples.shop.backoffice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.Payouts;
import org.taawon.examples.shop.web.NotFoundException;

/** The operator's payout runs: past runs, the button that starts one, and a run's progress. */
@Controller
public class PayoutRunController {

    private final Payouts payouts;
    private final PayoutRuns payoutRuns;

    public PayoutRunController(Payouts payouts, PayoutRuns payoutRuns) {
        this.payouts = payouts;
        this.payoutRuns = payoutRuns;
    }

    @GetMapping("/admin/payouts")
    String runs(Model model) {
        List<RunView> runs = new ArrayList<>();
        payouts.runs().forEach(r -> runs.add(0, new RunView(r, payouts.forRun(r.id()))));
        model.addAttribute("runs", runs);
        return "admin-payouts";
    }

    @PostMapping("/admin/payouts")
    String start() {
        return "redirect:/admin/payouts/" + payoutRuns.start().value();
    }

    @GetMapping("/admin/payouts/{runId}")
    String progress(@PathVariable String runId, Model model) {
        PayoutRunId id;
        try {
            id = PayoutRunId.of(runId);
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("run " + runId);
        }
        model.addAttribute("progress", payoutRuns.progress(id).orElseThrow(() -> new NotFoundException("run " + runId)));
        return "admin-payout-run";
    }

    /** A payout run with its payouts. */
    public record RunView(PayoutRun run, List<Payout> payouts) {
    }
}
