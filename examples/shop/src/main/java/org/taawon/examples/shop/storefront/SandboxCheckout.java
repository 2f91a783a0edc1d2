package org.taawon.examples.shop.storefront;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.taawon.core.cart.Cart;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.Carts;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.payments.sandbox.SandboxPaymentGateway;

/**
 * A card form that pays without a real card, for demos and browser tests. The test card
 * {@value #SUCCEEDS} pays the order through the library's {@link PayOrder}; {@value #DECLINES} is
 * declined: the order is cancelled with {@link CancelOrder} (its stock goes back) and its lines return
 * to the shopper's cart, so they can try again. Any other number is refused as unknown.
 */
@Component
public class SandboxCheckout {

    public static final String SUCCEEDS = "4242424242424242";
    public static final String DECLINES = "4000000000000002";

    private final PayOrder payOrder;
    private final CancelOrder cancelOrder;
    private final Carts carts;
    private final Clock clock;

    public SandboxCheckout(PayOrder payOrder, CancelOrder cancelOrder, Carts carts, Clock clock) {
        this.payOrder = payOrder;
        this.cancelOrder = cancelOrder;
        this.carts = carts;
        this.clock = clock;
    }

    public Outcome pay(OrderId order, String cardNumber, CartId cartToRefill) {
        String digits = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}")) {
            return Outcome.UNKNOWN_CARD;
        }
        // The sandbox gateway judges the card as Stripe's test mode would (4242... succeeds, 4000...0002 declines).
        PaymentGateway.Payment payment = payOrder.pay(order, clock.instant(), Map.of(SandboxPaymentGateway.TEST_CARD, digits));
        if (payment.status() == PaymentGateway.PaymentStatus.SUCCEEDED) {
            return Outcome.PAID;
        }
        if (payment.status() == PaymentGateway.PaymentStatus.FAILED) {
            Order cancelled = cancelOrder.cancel(order, clock.instant());
            Cart cart = carts.findOrNew(cartToRefill);
            cancelled.lines().forEach(l -> cart.add(l.sku(), l.quantity()));
            carts.save(cart);
            return Outcome.DECLINED;
        }
        return Outcome.PENDING;
    }

    /** What became of a payment attempt. */
    public enum Outcome {
        PAID,
        PENDING,
        DECLINED,
        UNKNOWN_CARD
    }
}
