package org.taawon.payments.bankfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutDispatch;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;

/**
 * Imports a bank's confirmation or return CSV ({@code end_to_end_id,status,reason}): a payout the
 * bank executed ({@code PAID}, {@code ACSC}, {@code ACCEPTED}) becomes PAID; one it rejected or
 * returned ({@code REJECTED}, {@code RJCT}, {@code RETURNED}, {@code FAILED}) becomes FAILED with the
 * reason, and its money goes back to the cooperative's balance, also when it had been confirmed
 * before. The whole file is checked before any line is applied; importing it again changes nothing.
 */
public final class BankReturnImport {

    private static final Logger LOG = LoggerFactory.getLogger(BankReturnImport.class);

    private final Payouts payouts;
    private final PayoutDispatch dispatch;

    public BankReturnImport(Payouts payouts, PayoutDispatch dispatch) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
    }

    /**
     * @param paid    lines that confirmed a payment
     * @param failed  lines that rejected or returned one
     * @param unknown lines naming no payout of ours (logged, skipped)
     */
    public record Summary(int paid, int failed, int unknown) {
    }

    private record Line(PayoutId payout, boolean paid, String reason) {
    }

    public Summary importCsv(String csv) {
        List<Line> lines = parse(csv);
        int paid = 0;
        int failed = 0;
        int unknown = 0;
        for (Line line : lines) {
            Optional<Payout> payout = payouts.find(line.payout());
            if (payout.isEmpty()) {
                LOG.warn("bank return names no known payout: {}", line.payout());
                unknown++;
            } else if (line.paid()) {
                dispatch.record(line.payout(), PayoutRail.Outcome.paid(payout.get().railReference().orElse(line.payout().value())));
                paid++;
            } else {
                if (payout.get().state() == PayoutState.PAID) {
                    dispatch.reverse(line.payout(), line.reason());
                } else {
                    dispatch.record(line.payout(), PayoutRail.Outcome.failed(line.reason()));
                }
                failed++;
            }
        }
        return new Summary(paid, failed, unknown);
    }

    private static List<Line> parse(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty() || !rows.get(0).get(0).trim().equalsIgnoreCase("end_to_end_id")) {
            throw new BankReturnException("a bank return file starts with the header end_to_end_id,status,reason");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() < 2) {
                throw new BankReturnException("line " + (i + 1) + " has no status");
            }
            PayoutId id;
            try {
                id = new PayoutId(row.get(0).trim());
            } catch (Ids.InvalidIdException e) {
                throw new BankReturnException("line " + (i + 1) + " has an invalid end-to-end id");
            }
            String status = row.get(1).trim().toUpperCase(Locale.ROOT);
            String reason = row.size() > 2 && !row.get(2).isBlank() ? row.get(2).trim() : "BANK_" + status;
            switch (status) {
                case "PAID", "ACSC", "ACCEPTED" -> lines.add(new Line(id, true, reason));
                case "REJECTED", "RJCT", "RETURNED", "FAILED" -> lines.add(new Line(id, false, reason));
                default -> throw new BankReturnException("line " + (i + 1) + " has an unknown status '" + status + "'");
            }
        }
        return lines;
    }
}
