package org.taawon.examples.shop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.taawon.core.order.ExpireUnpaidOrders;

/**
 * Runs the library's {@link ExpireUnpaidOrders} every {@code taawon.shop.expiry-interval} (one minute
 * by default): an order the shopper left on the card page gives its stock back once its payment
 * time-out has passed, and can no longer be paid. The use case opens one transaction of the store per
 * order itself, so this runs outside any request's transaction; several instances of the shop may run
 * it at once.
 */
@Component
public class UnpaidOrderExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(UnpaidOrderExpiry.class);

    private final ExpireUnpaidOrders expireUnpaidOrders;

    public UnpaidOrderExpiry(ExpireUnpaidOrders expireUnpaidOrders) {
        this.expireUnpaidOrders = expireUnpaidOrders;
    }

    @Scheduled(initialDelayString = "${taawon.shop.expiry-interval:PT1M}",
            fixedDelayString = "${taawon.shop.expiry-interval:PT1M}")
    public void expireDueOrders() {
        int expired = expireUnpaidOrders.run();
        if (expired > 0) {
            LOG.info("expired {} unpaid order(s) past the payment time-out of {}", expired, expireUnpaidOrders.timeout());
        }
    }
}
