package org.taawon.examples.shop.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;

/**
 * A cooperative's statement for a period: its balance at the start, every ledger entry of its payable
 * account recorded in the period (each sale preceded by the order lines it pays for, each refund by the
 * lines refunded) with the running balance and the payout that paid it out, and the balance at the end.
 *
 * @param cooperative whose statement
 * @param from        first day, inclusive (UTC)
 * @param to          last day, inclusive (UTC)
 * @param opening     the payable balance before {@code from}
 * @param rows        lines and entries in the order recorded
 * @param closing     the payable balance at the end of {@code to}
 */
public record Statement(CooperativeId cooperative, LocalDate from, LocalDate to, Money opening, List<Row> rows,
                        Money closing) {

    public Statement {
        Objects.requireNonNull(cooperative, "cooperative");
        rows = List.copyOf(rows);
    }

    /** What a row shows: an order line (detail, outside the balance) or a ledger entry. */
    public enum RowType {
        LINE,
        ENTRY
    }

    /**
     * @param at          when it was recorded
     * @param transaction the ledger transaction ({@code sale:TW-...}, {@code refund:...}, {@code payout:...})
     * @param type        line or entry
     * @param label       the entry's kind ({@code SALE}, {@code COMMISSION}, ...) or {@code LINE}
     * @param sku         the product, for lines
     * @param units       units, for lines
     * @param amount      the line's amount, or the entry's signed amount
     * @param balance     the running balance after an entry; empty for lines
     * @param payout      the payout that paid this entry out, or this payout's state
     */
    public record Row(Instant at, String transaction, RowType type, String label, String sku, long units, Money amount,
                      Optional<Money> balance, String payout) {

        public Row {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(payout, "payout");
        }
    }
}
