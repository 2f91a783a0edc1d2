package org.taawon.examples.shop.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.examples.shop.security.CurrentCooperative;
import org.taawon.examples.shop.web.Languages;

/**
 * A cooperative's statement for any period (the last six months by default), as a page, a CSV file or
 * a PDF, in the page's language. The cooperative is always the logged-in one.
 */
@Controller
public class StatementController {

    private final CurrentCooperative current;
    private final Statements statements;
    private final StatementCsv csv;
    private final StatementPdf pdf;
    private final DashboardViews views;
    private final Clock clock;

    public StatementController(CurrentCooperative current, Statements statements, StatementCsv csv, StatementPdf pdf,
                               DashboardViews views, Clock clock) {
        this.current = current;
        this.statements = statements;
        this.csv = csv;
        this.pdf = pdf;
        this.views = views;
        this.clock = clock;
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
}
