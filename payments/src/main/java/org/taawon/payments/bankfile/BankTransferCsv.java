package org.taawon.payments.bankfile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.taawon.core.money.CurrencyCodes;
import org.taawon.core.money.Money;

/** The CSV twin of a run's bank file (RFC 4180 quoting), which is also what the rail reads back. */
final class BankTransferCsv {

    static final String HEADER = "end_to_end_id,run_id,cooperative_id,holder,account_kind,account,amount,currency";

    private BankTransferCsv() {
    }

    static String write(Collection<BankTransfer> transfers) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (BankTransfer t : transfers) {
            csv.append(row(t));
        }
        return csv.toString();
    }

    /** One transfer's row, with its line end. */
    static String row(BankTransfer t) {
        return String.join(",", quote(t.endToEndId()), quote(t.runId()), quote(t.cooperative()),
                quote(t.holder()), t.account().kind().name(), t.account().number(),
                t.amount().toDecimal().toPlainString(), t.amount().currency().getCurrencyCode()) + "\r\n";
    }

    static List<BankTransfer> read(String csv) {
        List<BankTransfer> transfers = new ArrayList<>();
        List<List<String>> rows = Csv.parse(csv);
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.size() != 8) {
                throw new IllegalStateException("bank CSV row has " + row.size() + " fields, not 8: " + row);
            }
            Money amount = Money.parse(row.get(6), CurrencyCodes.parse(row.get(7)));
            transfers.add(new BankTransfer(row.get(0), row.get(1), row.get(2), row.get(3),
                    new BankAccountNumber(BankAccountNumber.Kind.valueOf(row.get(4)), row.get(5)), amount));
        }
        return transfers;
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
