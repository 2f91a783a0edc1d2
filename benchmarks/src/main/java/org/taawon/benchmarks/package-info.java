/**
 * Benchmarks of the library against plain baselines doing the same work, measured in the same JVM as
 * alternating library/baseline pairs, over several forked JVMs; {@link org.taawon.benchmarks.RunBenchmarks}
 * runs them and writes {@code benchmarks/results/latest.json}.
 */
package org.taawon.benchmarks;
