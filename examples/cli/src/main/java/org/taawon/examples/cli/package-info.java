/**
 * The {@code settle} command: reads a settlement scenario (cooperatives, products, events), replays it
 * through the library's own use cases (catalogue, checkout, payment, refunds, payout runs, ledger
 * queries) and prints the report of SETTLEMENT.md §8 as JSON.
 */
package org.taawon.examples.cli;
