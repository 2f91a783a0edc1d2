package org.taawon.examples.shop;

import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.taawon.UnitOfWork;
import org.taawon.core.cart.AddToCart;
import org.taawon.core.cart.Carts;
import org.taawon.core.cart.ChangeCartQuantity;
import org.taawon.core.cart.RemoveFromCart;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.ExpireUnpaidOrders;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.ShipSubOrder;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.PayoutDispatch;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;
import org.taawon.examples.shop.stripe.StripeMode;
import org.taawon.payments.sandbox.SandboxPaymentGateway;
import org.taawon.payments.stripe.DisputeEvents;
import org.taawon.payments.stripe.OrderLookup;
import org.taawon.payments.stripe.PaymentEvents;
import org.taawon.payments.stripe.StripeConnection;
import org.taawon.payments.stripe.StripePaymentGateway;
import org.taawon.payments.stripe.StripeWebhooks;
import org.taawon.payments.stripe.TransferEvents;
import org.taawon.persistence.TaawonStore;
import org.taawon.persistence.support.TransactionRunner;

/**
 * The one place where the shop meets Taawon: the library's ports (stores, payment gateway, payout
 * rail) and its use cases, as beans. Everything else in the shop asks for these by type, so moving
 * to the database store or to Stripe changes the port beans here and nothing else.
 *
 * <p>Data lives in Taawon's database store: an embedded in-memory H2 migrated by the library at start,
 * or the database {@code taawon.shop.jdbc-url} names (PostgreSQL, MariaDB, an H2 file). Payments go
 * through the payments module's sandbox gateway, which behaves like Stripe's test mode.
 */
@Configuration(proxyBeanMethods = false)
public class TaawonConfiguration {

    /** The shop sells in Moroccan dirhams. */
    public static final Currency MAD = Currency.getInstance("MAD");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Currency shopCurrency() {
        return MAD;
    }

    // Ports: the database store (embedded H2 with Taawon's migrations unless taawon.shop.jdbc-url names
    // another database), the sandbox gateway and a rail that records payouts as paid.

    @Bean(destroyMethod = "close")
    TaawonStore taawonStore(@Value("${taawon.shop.jdbc-url:}") String jdbcUrl,
                            @Value("${taawon.shop.jdbc-user:}") String user,
                            @Value("${taawon.shop.jdbc-password:}") String password) {
        if (jdbcUrl.isBlank()) {
            return TaawonStore.inMemory();
        }
        return TaawonStore.builder().jdbcUrl(jdbcUrl).user(user.isBlank() ? null : user)
                .password(password.isBlank() ? null : password).build();
    }

    @Bean
    TransactionRunner transactions(TaawonStore store) {
        return store.transactions();
    }

    @Bean
    Cooperatives cooperatives(TaawonStore store) {
        return store.cooperatives();
    }

    @Bean
    Products products(TaawonStore store) {
        return store.products();
    }

    @Bean
    Carts carts(TaawonStore store) {
        return store.carts();
    }

    @Bean
    Orders orders(TaawonStore store) {
        return store.orders();
    }

    @Bean
    LedgerEntries ledgerEntries(TaawonStore store) {
        return store.ledger();
    }

    @Bean
    Payouts payouts(TaawonStore store) {
        return store.payouts();
    }

    @Bean
    StripeMode.Setting stripeMode(Environment environment) {
        return new StripeMode.Setting(StripeMode.from(environment));
    }

    /** Stripe's test mode when its keys are set, else the offline sandbox. */
    @Bean
    PaymentGateway paymentGateway(StripeMode.Setting stripe) {
        return stripe.mode().<PaymentGateway>map(mode -> StripePaymentGateway.of(StripeConnection.of(mode.secretKey())
                .withApiBase(mode.apiBase()))).orElseGet(SandboxPaymentGateway::new);
    }

    @Bean
    StripeMode.Endpoint stripeWebhooks(StripeMode.Setting stripe, TaawonStore store, Orders orders,
                                            ConfirmPayment confirm, CancelOrder cancelOrder, PaymentGateway gateway,
                                            PayoutRail rail, UnitOfWork unitOfWork, Clock clock) {
        return new StripeMode.Endpoint(stripe.mode().map(mode -> {
            OrderLookup lookup = new OrderLookup(store.paymentRecords(), gateway);
            return StripeWebhooks.builder().endpointSecret(mode.webhookSecret()).clock(clock)
                    .processedEvents(store.processedEvents())
                    .handler(new PaymentEvents(orders, store.paymentRecords(), confirm, cancelOrder, lookup))
                    .handler(new DisputeEvents(orders, store.ledger(), confirm, lookup))
                    .handler(new TransferEvents(store.payouts(),
                            new PayoutDispatch(store.ledger(), store.payouts(), rail, unitOfWork, clock)))
                    .build();
        }));
    }

    @Bean
    PayoutRail payoutRail() {
        return new InMemoryPayoutRail();
    }

    @Bean
    UnitOfWork unitOfWork(TaawonStore store) {
        return store.unitOfWork();
    }

    // The money rules and the use cases built on the ports.

    @Bean
    SplitRules splitRules(@Value("${taawon.shop.hold-days:7}") long holdDays) {
        return new SplitRules(SplitPolicy.defaults(MAD).withHold(SplitPolicy.holdDays(holdDays)));
    }

    /** Who hears of orders placed, refunded and cancelled: the journal that writes the ledger from the split. */
    @Bean
    OrderEvents orderEvents(LedgerEntries ledger, Cooperatives cooperatives, SplitRules rules) {
        return OrderEvents.all(List.of(new SettlementJournal(ledger, cooperatives, rules)));
    }

    @Bean
    AddToCart addToCart(Carts carts, Products products) {
        return new AddToCart(carts, products);
    }

    @Bean
    ChangeCartQuantity changeCartQuantity(Carts carts) {
        return new ChangeCartQuantity(carts);
    }

    @Bean
    RemoveFromCart removeFromCart(Carts carts) {
        return new RemoveFromCart(carts);
    }

    @Bean
    PlaceOrder placeOrder(Products products, Orders orders, OrderEvents events) {
        return new PlaceOrder(products, orders, events, MAD);
    }

    /** A card payment that succeeded: the order is paid and its sale booked, or the payment is given back. */
    @Bean
    ConfirmPayment confirmPayment(Orders orders, OrderEvents events, PaymentGateway gateway, TaawonStore store) {
        return new ConfirmPayment(orders, events, gateway, store.paymentRecords());
    }

    @Bean
    PayOrder payOrder(Orders orders, PaymentGateway gateway, ConfirmPayment confirm) {
        return new PayOrder(orders, gateway, confirm);
    }

    @Bean
    CancelOrder cancelOrder(Orders orders, Products products, OrderEvents events) {
        return new CancelOrder(orders, products, events);
    }

    /**
     * Card orders left unpaid for {@code taawon.shop.payment-timeout-minutes} (60; 0 for never) are
     * cancelled and their stock returned; {@link UnpaidOrderExpiry} runs it on a schedule, one
     * transaction of the store per order.
     */
    @Bean
    ExpireUnpaidOrders expireUnpaidOrders(Orders orders, CancelOrder cancelOrder, UnitOfWork unitOfWork, Clock clock,
                                          @Value("${taawon.shop.payment-timeout-minutes:60}") long timeoutMinutes) {
        return new ExpireUnpaidOrders(orders, cancelOrder, unitOfWork, clock, Duration.ofMinutes(timeoutMinutes));
    }

    @Bean
    RefundLines refundLines(Orders orders, Products products, OrderEvents events) {
        return new RefundLines(orders, products, events);
    }

    @Bean
    ShipSubOrder shipSubOrder(Orders orders) {
        return new ShipSubOrder(orders);
    }

    @Bean
    RunPayouts runPayouts(Cooperatives cooperatives, LedgerEntries ledger, Payouts payouts, PayoutRail rail,
                          UnitOfWork unitOfWork, Clock clock) {
        return new RunPayouts(cooperatives, ledger, payouts, rail, unitOfWork, clock, MAD);
    }
}
