/**
 * Payout runs: {@link org.taawon.core.payout.RunPayouts} computes each cooperative's available
 * balance from the ledger (SETTLEMENT.md §5), plans a {@link org.taawon.core.payout.Payout} for those
 * at or above their minimum, moves the amount to payouts in flight and hands it to a
 * {@link org.taawon.core.payout.PayoutRail}; the rail's answer settles or returns it. Each
 * cooperative's payout commits on its own through the {@link org.taawon.core.payout.UnitOfWork} port.
 */
package org.taawon.core.payout;
