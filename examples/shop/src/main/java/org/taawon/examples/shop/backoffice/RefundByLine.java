package org.taawon.examples.shop.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.RefundRequest;

/**
 * Refunds units of one order line: the library's {@link RefundLines} decides the amount and writes the
 * ledger, then the gateway returns exactly that amount, under a key derived from the refund's id so a
 * retry never refunds twice.
 */
@Component
public class RefundByLine {

    private final RefundLines refundLines;
    private final Orders orders;
    private final PaymentGateway gateway;
    private final Clock clock;

    public RefundByLine(RefundLines refundLines, Orders orders, PaymentGateway gateway, Clock clock) {
        this.refundLines = refundLines;
        this.orders = orders;
        this.gateway = gateway;
        this.clock = clock;
    }

    public Refund refund(OrderId order, int line, long units, boolean restock) {
        return refund(order, line, units, restock, clock.instant());
    }

    public Refund refund(OrderId orderId, int line, long units, boolean restock, Instant at) {
        Refund refund = refundLines.refund(new RefundRequest(orderId, List.of(new RefundRequest.Line(line, units)), restock, at));
        Order order = orders.get(orderId);
        order.paymentReference().ifPresent(reference -> gateway.refund(reference, refund.amount(), refund.id(orderId)));
        return refund;
    }
}
