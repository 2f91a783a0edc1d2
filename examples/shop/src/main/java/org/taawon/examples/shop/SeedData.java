package org.taawon.examples.shop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.taawon.examples.shop.storefront.SandboxCheckout;
import org.taawon.examples.shop.stripe.StripeMode;
import org.taawon.payments.sandbox.SandboxPaymentGateway;
import org.taawon.persistence.support.TransactionRunner;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.ShipSubOrder;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.RunPayouts;
import org.taawon.examples.shop.backoffice.RefundByLine;
import org.taawon.examples.shop.showcase.CooperativeProfile;
import org.taawon.examples.shop.showcase.ProductProfile;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.storefront.Delivery;
import org.taawon.examples.shop.storefront.DeliveryAddresses;
import org.taawon.examples.shop.storefront.ShippingRates;

/**
 * Loads the sample cooperatives and products into the library's stores at start, then replays a few
 * months of past orders (placed, paid, shipped, one refund) and the monthly payout runs through the
 * library's use cases, so dashboards, statements and reports have something to show. The history is
 * drawn from a fixed seed and is the same at every start. {@code taawon.shop.history-months=0} leaves
 * it out. As the shop's start-up script it touches every store and use case, hence its many
 * collaborators.
 */
@Component
public class SeedData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SeedData.class);
    private static final long HISTORY_SEED = 2026L;

    private final Showcase showcase;
    private final Cooperatives cooperatives;
    private final Products products;
    private final PlaceOrder placeOrder;
    private final PayOrder payOrder;
    private final ShipSubOrder shipSubOrder;
    private final RefundByLine refundByLine;
    private final RunPayouts runPayouts;
    private final TransactionRunner transactions;
    private final ShippingRates shippingRates;
    private final DeliveryAddresses addresses;
    private final Clock clock;
    private final int historyMonths;

    public SeedData(Showcase showcase, Cooperatives cooperatives, Products products, PlaceOrder placeOrder, PayOrder payOrder,
                    ShipSubOrder shipSubOrder, RefundByLine refundByLine, RunPayouts runPayouts, ShippingRates shippingRates,
                    DeliveryAddresses addresses, Clock clock, @Value("${taawon.shop.history-months:4}") int historyMonths,
                    TransactionRunner transactions, StripeMode.Setting stripe) {
        this.transactions = transactions;
        this.showcase = showcase;
        this.cooperatives = cooperatives;
        this.products = products;
        this.placeOrder = placeOrder;
        this.payOrder = payOrder;
        this.shipSubOrder = shipSubOrder;
        this.refundByLine = refundByLine;
        this.runPayouts = runPayouts;
        this.shippingRates = shippingRates;
        this.addresses = addresses;
        this.clock = clock;
        // Past orders are paid through the sandbox's test card; with Stripe's keys set they would be real
        // API calls, so a shop in Stripe mode starts with its catalogue only.
        this.historyMonths = stripe.mode().isPresent() ? 0 : historyMonths;
    }

    @Override
    public void run(ApplicationArguments args) {
        // One transaction for the catalogue and the history: a shop starts seeded or not at all.
        transactions.inTransaction(this::seed);
    }

    private void seed() {
        if (!cooperatives.all().isEmpty()) {
            return;
        }
        for (CooperativeProfile profile : showcase.profiles()) {
            cooperatives.save(profile.cooperative());
            profile.products().forEach(p -> products.save(p.product()));
        }
        replayHistory();
        LOG.info("seeded {} cooperatives, {} products and {} months of orders", cooperatives.all().size(),
                products.all().size(), historyMonths);
    }

    private void replayHistory() {
        Random random = new Random(HISTORY_SEED);
        List<Product> catalogue = showcase.profiles().stream()
                .flatMap(p -> p.products().stream()).map(ProductProfile::product).toList();
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        boolean refunded = false;
        for (int back = historyMonths; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (int n = 0; n < 4; n++) {
                Instant at = start.plus(Duration.ofDays(2 + 6L * n)).plus(Duration.ofHours(9 + random.nextInt(9)));
                Order order = place(OrderId.of("TW-" + month + "-" + (n + 1)), catalogue, random, at);
                payOrder.pay(order.id(), at.plus(Duration.ofMinutes(2)),
                        Map.of(SandboxPaymentGateway.TEST_CARD, SandboxCheckout.SUCCEEDS));
                order.subOrders().forEach(s -> shipSubOrder.ship(order.id(), s.cooperative(), at.plus(Duration.ofDays(1))));
                if (!refunded && back == 2) {
                    refundByLine.refund(order.id(), 0, 1, true, at.plus(Duration.ofDays(5)));
                    refunded = true;
                }
            }
            Instant runAt = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            runPayouts.run(PayoutRunId.of("run-" + month.plusMonths(1) + "-01"), runAt);
        }
    }

    private Order place(OrderId id, List<Product> catalogue, Random random, Instant at) {
        List<CartLine> lines = new ArrayList<>();
        Set<CooperativeId> coops = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        Set<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(random.nextInt(catalogue.size()));
        }
        for (int index : picked) {
            Product product = catalogue.get(index);
            lines.add(new CartLine(product.sku(), 1 + (product.price().minor() < 20000 ? random.nextInt(3) : 0)));
            coops.add(product.cooperative());
        }
        Map<CooperativeId, Money> shipping = new LinkedHashMap<>(shippingRates.forCooperatives(coops));
        Order order = placeOrder.place(new CheckoutRequest(id, lines, Money.zero(TaawonConfiguration.MAD), shipping, at));
        addresses.save(id, new Delivery("Client " + id.value(), "", "12 rue des Orangers", "Rabat 10000"));
        return order;
    }
}
