/**
 * Exact money: whole minor units of one {@link java.util.Currency}, arithmetic that refuses overflow
 * and mixed currencies, half-even rounding, largest-remainder allocation, basis-point rates and
 * locale-aware formatting. Every other feature of the core builds on these values, and the base of
 * every typed, reason-coded error of the library lives here too.
 */
package org.taawon.core.money;
