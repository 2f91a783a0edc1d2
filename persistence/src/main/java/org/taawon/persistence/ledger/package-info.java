/**
 * The double-entry ledger in the database: immutable transaction and entry entities and
 * {@link org.taawon.persistence.ledger.JpaLedgerEntries}, which only ever inserts and lets the database
 * compute balances and totals. Triggers shipped with the migrations refuse any UPDATE or DELETE of
 * ledger rows, whoever sends them.
 */
package org.taawon.persistence.ledger;
