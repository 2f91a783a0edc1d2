package org.taawon.benchmarks;

/**
 * One line of {@code latest.json}.
 *
 * @param name     what was measured
 * @param value    the library's figure
 * @param unit     its unit
 * @param baseline the baseline's figure in the same unit (NaN when there is none)
 * @param ratio    value / baseline as the target reads it (median over pairs)
 * @param target   the target, as text (for example {@code ratio <= 3})
 * @param meets    whether the target is met
 */
record Result(String name, double value, String unit, double baseline, double ratio, String target, boolean meets) {
}
