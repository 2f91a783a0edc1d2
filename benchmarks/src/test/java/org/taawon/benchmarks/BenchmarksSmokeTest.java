package org.taawon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
