package org.taawon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.taawon.persistence.TaawonStore;

/** The benchmarks at tiny sizes: they run, and each baseline computes exactly what the library does. */
class BenchmarksSmokeTest {

    @Test
    void the_split_baseline_computes_what_the_library_computes() {
        SplitWorkload workload = new SplitWorkload(2_000);
        assertThat(workload.lines()).isEqualTo(2_000);
        assertThat(workload.baseline()).isEqualTo(workload.library()).isNotZero();
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
