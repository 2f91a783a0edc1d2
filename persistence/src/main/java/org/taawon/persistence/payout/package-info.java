/**
 * Payout runs and payouts in the database: their entities, mapper and
 * {@link org.taawon.persistence.payout.JpaPayouts}; a unique key on (run, cooperative) keeps a run
 * from paying a cooperative twice.
 */
package org.taawon.persistence.payout;
