/**
 * The revenue split, as pure functions over placed orders and refunds (SETTLEMENT.md §2-§4):
 * commission through a pluggable {@link org.taawon.core.split.CommissionRule}, the processor fee and
 * who bears it, shipping's recipient, and the customer refund and commission reversal of a refund.
 * {@link org.taawon.core.split.SplitPolicy} holds the configurable policies;
 * {@link org.taawon.core.split.SplitFigures} holds a split in minor units for callers that split many
 * orders and reuse it.
 */
package org.taawon.core.split;
