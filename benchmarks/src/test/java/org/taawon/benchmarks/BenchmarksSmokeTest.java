package org.taawon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taawon.persistence.TaawonStore;

/**
 * The benchmarks at tiny sizes: they run, and each baseline computes exactly what the library does
 * (B5 bank file: writes the same bytes).
 */
class BenchmarksSmokeTest {

    @Test
    void the_split_baseline_computes_what_the_library_computes() {
        SplitWorkload workload = new SplitWorkload(2_000);
        assertThat(workload.lines()).isEqualTo(2_000);
        assertThat(workload.baseline()).isEqualTo(workload.library()).isNotZero();
    }

    @Test
    void the_bank_file_baseline_writes_the_bytes_the_rail_writes_and_the_file_holds_every_payout() throws Exception {
        BankFileWorkload workload = new BankFileWorkload(200);
        try {
            workload.library();
            workload.baseline();
            workload.check();
            assertThat(workload.xmlBytes()).isPositive();
        } finally {
            workload.clean();
        }
    }

    @Test
    void the_checkout_baseline_leaves_the_rows_the_library_leaves() {
        try (CheckoutWorkload workload = new CheckoutWorkload(CheckoutDatabase.H2, "smoke_b1", 20)) {
            workload.library();
            workload.baseline();
            workload.library();
            workload.baseline();
            List<String> library = CheckoutWorkload.rows(workload.libraryDatabase.dataSource);
            List<String> baseline = CheckoutWorkload.rows(workload.baselineDatabase.dataSource);
            System.out.printf("B1 smoke: %.2f statements per order (library), %.2f (baseline)%n",
                    workload.libraryStatementsPerOrder(), workload.baselineStatementsPerOrder());
            // 5 products, 40 orders with 3 sub-orders and 5 lines each, no cart left.
            assertThat(library).hasSize(5 + 40 + 120 + 200 + 2).contains("carts | 0", "cart lines | 0");
            assertThat(library).anyMatch(row -> row.startsWith("o-39 | MAD"));
            assertThat(baseline).containsExactlyElementsOf(library);
            assertThat(workload.libraryStatementsPerOrder()).isPositive();
            assertThat(workload.baselineStatementsPerOrder()).isPositive();
        }
    }

    @Test
    void dispatch_pays_every_payout_once_through_the_rate_limited_stand_in() throws Exception {
        DispatchWorkload.Figures figures = DispatchWorkload.run(12, 1L, 2);
        assertThat(figures.paid()).isEqualTo(12);
        assertThat(figures.transfers()).isEqualTo(12);
        assertThat(figures.duplicates()).isZero();
        assertThat(figures.lost()).isZero();
        assertThat(figures.transfersPerSecond()).isPositive();
    }

    @Test
    void a_paired_measurement_gives_positive_times_and_a_ratio() {
        SplitWorkload workload = new SplitWorkload(500);
        Measurement m = Measurement.pairs(workload::library, workload::baseline, 1, 3);
        assertThat(m.libraryNanos()).isPositive();
        assertThat(m.baselineNanos()).isPositive();
        assertThat(m.ratio()).isPositive();
        assertThat(m.libraryBytes()).isPositive();
    }

    @Test
    void the_payout_run_baseline_leaves_what_the_library_leaves() throws Exception {
        PayoutRunData data = new PayoutRunData(2_000, 20);
        String url = "jdbc:h2:mem:b3-smoke;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
        try (TaawonStore loader = PayoutRunWorkload.open(url)) {
            data.load(loader);
        }
        try (PayoutRunWorkload workload = new PayoutRunWorkload(PayoutRunWorkload.open(url))) {
            List<String> before = workload.outcome();
            long libraryPaid = workload.library();
            List<String> library = workload.outcome();
            workload.reset();
            assertThat(workload.outcome()).isEqualTo(before);
            long baselinePaid = workload.baseline();
            List<String> baseline = workload.outcome();

            assertThat(baselinePaid).isEqualTo(libraryPaid).isPositive();
            assertThat(baseline).isEqualTo(library);
            // 18 of 20 paid: two cooperatives have a minimum above their earnings and carry forward.
            assertThat(library.stream().filter(l -> l.startsWith("payout ")).count()).isEqualTo(18);
            assertThat(library.stream().filter(l -> l.startsWith("payout ")))
                    .allMatch(l -> l.contains(" PAID ") && l.contains(" 1 mem-b3-run/"));
            assertThat(library).contains("balance COOPERATIVE_PAYABLE coop-00009 " + payableOf(before, "coop-00009"));
            Measurement m = workload.measure(0, 1);
            assertThat(m.ratio()).isPositive();
        }
    }

    private static String payableOf(List<String> outcome, String cooperative) {
        return outcome.stream().filter(l -> l.startsWith("balance COOPERATIVE_PAYABLE " + cooperative + " "))
                .findFirst().orElseThrow().substring(("balance COOPERATIVE_PAYABLE " + cooperative + " ").length());
    }
}
