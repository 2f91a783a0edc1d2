package org.taawon.examples.shop.stripe;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;

/**
 * The payment step in Stripe mode: the library's {@link PayOrder} creates (or, under the same
 * idempotency key, finds again) the order's PaymentIntent, whose client secret the Payment Element
 * completes in the browser. The order becomes paid when Stripe's {@code payment_intent.succeeded}
 * reaches {@code /stripe/webhook}.
 */
@Component
public class StripeCheckout {

    private final PayOrder payOrder;
    private final Clock clock;

    public StripeCheckout(PayOrder payOrder, Clock clock) {
        this.payOrder = payOrder;
        this.clock = clock;
    }

    public PaymentGateway.Payment start(OrderId order) {
        return payOrder.pay(order, clock.instant());
    }
}
