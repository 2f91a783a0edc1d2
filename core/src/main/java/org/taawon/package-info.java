/**
 * What every part of Taawon shares: the {@link org.taawon.UnitOfWork} port, through which use cases
 * that commit step by step (payout runs, expiry of unpaid orders) run each step in one transaction of
 * the host's store.
 */
package org.taawon;
