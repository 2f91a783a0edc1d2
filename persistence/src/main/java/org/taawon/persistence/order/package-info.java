/**
 * Placed orders in the database: entities for orders, sub-orders, order lines, refunds and refunded
 * lines, the mapper that rebuilds core's {@code Order} through its checking constructor, and
 * {@link org.taawon.persistence.order.JpaOrders} with its row-locking {@code findForUpdate}; and what
 * gateways told us: {@link org.taawon.persistence.order.JpaProcessedEvents} and
 * {@link org.taawon.persistence.order.JpaPaymentRecords}.
 */
package org.taawon.persistence.order;
