package org.taawon.examples.shop.backoffice;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.money.Money;
import org.taawon.examples.shop.TaawonConfiguration;
import org.taawon.examples.shop.dashboard.MonthlyEarnings;

/**
 * The revenue returned to women's and youth cooperatives, by region and month: the earnings the
 * ledger credited to their payable accounts (net of commission, fees and refunds), summed per
 * region and kind.
 */
@Component
public class ImpactReport {

    public static final List<CooperativeKind> KINDS = List.of(CooperativeKind.WOMEN, CooperativeKind.YOUTH);

    private final Cooperatives cooperatives;
    private final LedgerEntries ledger;
    private final Clock clock;

    public ImpactReport(Cooperatives cooperatives, LedgerEntries ledger, Clock clock) {
        this.cooperatives = cooperatives;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Report build(int monthCount) {
        List<YearMonth> months = MonthlyEarnings.lastMonths(clock, monthCount);
        Map<String, Row> rows = new TreeMap<>();
        Map<CooperativeKind, List<Money>> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k, zeros(months.size())));
        for (Cooperative cooperative : cooperatives.all()) {
            if (!KINDS.contains(cooperative.kind())) {
                continue;
            }
            List<Money> earned = List.copyOf(MonthlyEarnings.of(ledger, cooperative.id(), months).values());
            Row row = rows.computeIfAbsent(cooperative.region() + "|" + cooperative.kind(),
                    key -> new Row(cooperative.region(), cooperative.kind(), zeros(months.size())));
            add(row.amounts(), earned);
            add(byKind.get(cooperative.kind()), earned);
        }
        return new Report(months, List.copyOf(rows.values()), byKind);
    }

    private static List<Money> zeros(int n) {
        List<Money> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(Money.zero(TaawonConfiguration.MAD));
        }
        return list;
    }

    private static void add(List<Money> into, List<Money> amounts) {
        for (int i = 0; i < into.size(); i++) {
            into.set(i, into.get(i).plus(amounts.get(i)));
        }
    }

    /**
     * @param months the months, oldest first
     * @param rows   one per region and kind, by region
     * @param byKind totals per kind and month
     */
    public record Report(List<YearMonth> months, List<Row> rows, Map<CooperativeKind, List<Money>> byKind) {

        public Money total(CooperativeKind kind) {
            return byKind.get(kind).stream().reduce(Money.zero(TaawonConfiguration.MAD), Money::plus);
        }
    }

    /** One region's cooperatives of one kind: their earnings per month. */
    public record Row(String region, CooperativeKind kind, List<Money> amounts) {

        public Money total() {
            return amounts.stream().reduce(Money.zero(TaawonConfiguration.MAD), Money::plus);
        }
    }
}
