/**
 * Payout runs: {@link org.taawon.core.payout.RunPayouts} (a run by id and instant) and
 * {@link org.taawon.core.payout.RunDuePayouts} (a host's scheduled call, safe on every instance at
 * once) plan a run in one transaction, reading each cooperative's available balance from the ledger
 * (SETTLEMENT.md §5) and moving the payouts of those at or above their minimum to payouts in flight;
 * workers then claim payouts with a lease ({@link org.taawon.core.payout.Payouts#claim}) and hand
 * them to a {@link org.taawon.core.payout.PayoutRail}, whose answer settles or returns them. Each
 * state change commits through the {@link org.taawon.UnitOfWork} port before the next
 * call to a rail.
 */
package org.taawon.core.payout;
