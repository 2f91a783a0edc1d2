/**
 * Orders: {@link org.taawon.core.order.PlaceOrder} turns cart lines into an
 * {@link org.taawon.core.order.Order} with one {@link org.taawon.core.order.SubOrder} per cooperative,
 * takes stock all or nothing and allocates the discount (SETTLEMENT.md §3);
 * {@link org.taawon.core.order.RefundLines} refunds lines by units (§4). Payment state, fulfilment and
 * the {@link org.taawon.core.order.OrderEvents} through which the ledger hears of every change live
 * here too, with the ports {@link org.taawon.core.order.Orders} and
 * {@link org.taawon.core.order.PaymentGateway}, and the gateway's own view of things:
 * {@link org.taawon.core.order.PaymentRecords} and the {@link org.taawon.core.order.ProcessedEvents}
 * that let gateway notifications take effect once.
 */
package org.taawon.core.order;
