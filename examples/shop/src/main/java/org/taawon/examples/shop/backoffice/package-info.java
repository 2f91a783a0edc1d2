/**
 * The operator's back office: the orders awaiting payment with their expiry (each can be cancelled),
 * every order with refunds by line, payout runs started in the background with their progress, the
 * ledger's trial balance, and the impact report of revenue returned to women's and youth cooperatives
 * by region and month.
 */
package org.taawon.examples.shop.backoffice;
