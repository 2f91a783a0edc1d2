package org.taawon.examples.shop;

import java.time.Clock;
import java.util.Currency;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.taawon.core.cart.AddToCart;
import org.taawon.core.cart.Carts;
import org.taawon.core.cart.ChangeCartQuantity;
import org.taawon.core.cart.InMemoryCarts;
import org.taawon.core.cart.RemoveFromCart;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.order.CancelOrder;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.OrderEvents;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PaymentGateway;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.order.RefundLines;
import org.taawon.core.order.ShipSubOrder;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.InMemoryPayouts;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.payout.UnitOfWork;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;

/**
 * The one place where the shop meets Taawon: the library's ports (stores, payment gateway, payout
 * rail) and its use cases, as beans. Everything else in the shop asks for these by type, so moving
 * to the database store or to Stripe changes the port beans here and nothing else.
 *
 * <p>Today every port is the core's in-memory adapter: data lives as long as the process.
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

    // Ports: replace these beans to change where data lives and how money moves.

    @Bean
    Cooperatives cooperatives() {
        return new InMemoryCooperatives();
    }

    @Bean
    Products products() {
        return new InMemoryProducts();
    }

    @Bean
    Carts carts() {
        return new InMemoryCarts();
    }

    @Bean
    Orders orders() {
        return new InMemoryOrders();
    }

    @Bean
    LedgerEntries ledgerEntries() {
        return new InMemoryLedgerEntries();
    }

    @Bean
    Payouts payouts() {
        return new InMemoryPayouts();
    }

    @Bean
    PaymentGateway paymentGateway() {
        return new InMemoryPaymentGateway();
    }

    @Bean
    PayoutRail payoutRail() {
        return new InMemoryPayoutRail();
    }

    @Bean
    UnitOfWork unitOfWork() {
        return UnitOfWork.DIRECT;
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

    @Bean
    PayOrder payOrder(Orders orders, PaymentGateway gateway) {
        return new PayOrder(orders, gateway);
    }

    @Bean
    CancelOrder cancelOrder(Orders orders, Products products, OrderEvents events) {
        return new CancelOrder(orders, products, events);
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
