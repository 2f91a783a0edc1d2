package org.taawon.examples.shop.dashboard;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;
import org.taawon.core.money.Money;

/**
 * A statement as CSV (UTF-8 with a byte-order mark, so spreadsheets read Arabic): one row per order
 * line and per ledger entry, amounts in decimal with their currency, and the opening and closing
 * balances.
 */
@Component
public class StatementCsv {

    private final StatementLabels labels;

    public StatementCsv(StatementLabels labels) {
        this.labels = labels;
    }

    public String write(Statement statement, String language) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(labels.text("statement.date", language), labels.text("statement.transaction", language),
                labels.text("statement.entry", language), labels.text("statement.product", language), "sku",
                labels.text("statement.units", language), labels.text("statement.amount", language),
                labels.text("statement.currency", language), labels.text("statement.balance", language),
                labels.text("statement.payout", language)));
        row(csv, List.of(statement.from().toString(), "", labels.text("statement.opening", language), "", "", "", "",
                currency(statement.opening()), decimal(statement.opening()), ""));
        for (Statement.Row r : statement.rows()) {
            row(csv, List.of(r.at().truncatedTo(ChronoUnit.SECONDS).toString(), r.transaction(), labels.kind(r, language), labels.product(r, language), r.sku(),
                    r.type() == Statement.RowType.LINE ? Long.toString(r.units()) : "", decimal(r.amount()),
                    currency(r.amount()), r.balance().map(StatementCsv::decimal).orElse(""), r.payout()));
        }
        row(csv, List.of(statement.to().toString(), "", labels.text("statement.closing", language), "", "", "", "",
                currency(statement.closing()), decimal(statement.closing()), ""));
        return csv.toString();
    }

    private static String decimal(Money money) {
        return money.toDecimal().toPlainString();
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }
}
