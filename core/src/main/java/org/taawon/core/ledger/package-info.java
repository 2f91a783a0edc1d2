/**
 * The double-entry ledger: every money movement is a balanced
 * {@link org.taawon.core.ledger.LedgerTransaction} of entries between named
 * {@link org.taawon.core.ledger.Account}s (customer clearing, each cooperative's payable, platform
 * revenue, processor fees, payouts in flight and paid). Entries are immutable and carry the instant
 * from which they count; balances, statements and the trial balance are derived from them. The
 * {@link org.taawon.core.ledger.SettlementJournal} writes the entries of sales, refunds and
 * cancellations from the split.
 */
package org.taawon.core.ledger;
