/**
 * The cooperative dashboard: parcels to ship, balances (pending, available, in flight, paid) from the
 * ledger, payouts, the monthly earnings chart, and statements for any period as a page, CSV or PDF
 * in French, Arabic or English. The cooperative is always the logged-in one.
 */
package org.taawon.examples.shop.dashboard;
