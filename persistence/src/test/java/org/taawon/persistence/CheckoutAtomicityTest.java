package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.RefundRequest;

/** A checkout, a payment and a refund each commit all or nothing: order, stock and ledger together. */
class CheckoutAtomicityTest {

    private static final OrderId ORDER = OrderId.of("o-atomic");

    private static Shop shop(TestDatabase database) {
        TaawonStore store = database.store();
        store.clear();
        Shop shop = new Shop(store);
        shop.cooperatives(2);
        store.transactions().inTransaction(() -> {
            store.products().save(Fixtures.product("ARGAN-250", CooperativeId.of("coop-0"), 12000, 10));
            store.products().save(Fixtures.product("RUG-S", CooperativeId.of("coop-1"), 99900, 3));
        });
        return shop;
    }

    private static CheckoutRequest request() {
        return new CheckoutRequest(ORDER, List.of(CartLine.of("ARGAN-250", 2), CartLine.of("RUG-S", 1)), Fixtures.mad(500),
                Map.of(CooperativeId.of("coop-1"), Fixtures.mad(4500)), Fixtures.T0);
    }

    private static void assertUntouched(TaawonStore store) {
        assertThat(store.products().get(Sku.of("ARGAN-250")).stock()).isEqualTo(10);
        assertThat(store.products().get(Sku.of("RUG-S")).stock()).isEqualTo(3);
        assertThat(store.orders().exists(ORDER)).isFalse();
        assertThat(store.ledger().all()).isEmpty();
    }

    @OnEveryDatabase
    void a_failure_right_after_the_stock_update_rolls_the_whole_checkout_back(TestDatabase database) {
        Shop shop = shop(database);
        TaawonStore store = shop.store();
        Products failingAfterTake = new FailingAfterTake(store.products());

        assertThatThrownBy(() -> store.transactions().inTransaction(
                () -> shop.placeOrder(failingAfterTake, shop.journal()).place(request())))
                .isInstanceOf(Shop.InjectedFailure.class);

        assertUntouched(store);
    }

    @OnEveryDatabase
    void a_failure_after_the_order_is_written_rolls_everything_back(TestDatabase database) {
        Shop shop = shop(database);
        TaawonStore store = shop.store();

        assertThatThrownBy(() -> store.transactions().inTransaction(
                () -> shop.placeOrder(store.products(), shop.journalThenFailure()).place(request())))
                .isInstanceOf(Shop.InjectedFailure.class);

        assertUntouched(store);
    }

    @OnEveryDatabase
    void a_checkout_that_succeeds_commits_order_and_stock_and_books_nothing_until_paid(TestDatabase database) {
        Shop shop = shop(database);
        TaawonStore store = shop.store();

        store.transactions().inTransaction(() -> shop.placeOrder().place(request()));

        assertThat(store.products().get(Sku.of("ARGAN-250")).stock()).isEqualTo(8);
        assertThat(store.products().get(Sku.of("RUG-S")).stock()).isEqualTo(2);
        assertThat(store.orders().get(ORDER).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(store.ledger().all()).isEmpty();

        Instant paidAt = Fixtures.T0.plusSeconds(40);
        store.transactions().inTransaction(() -> shop.confirmPayment(new InMemoryPaymentGateway(), shop.journal())
                .confirm(ORDER, "pay_1", paidAt));

        assertThat(store.orders().get(ORDER).status()).isEqualTo(OrderStatus.PAID);
        assertThat(store.ledger().all()).extracting(t -> t.id().value()).containsExactly("sale:o-atomic");
        assertThat(store.ledger().find(TransactionId.of("sale:o-atomic")).orElseThrow())
                .isEqualTo(shop.journal().saleTransaction(store.orders().get(ORDER), paidAt));
    }

    @OnEveryDatabase
    void a_failure_after_the_payment_and_its_sale_are_written_rolls_the_payment_back(TestDatabase database) {
        Shop shop = shop(database);
        TaawonStore store = shop.store();
        store.transactions().inTransaction(() -> shop.placeOrder().place(request()));

        assertThatThrownBy(() -> store.transactions().inTransaction(
                () -> shop.confirmPayment(new InMemoryPaymentGateway(), shop.journalThenFailure())
                        .confirm(ORDER, "pay_1", Fixtures.T0.plusSeconds(40))))
                .isInstanceOf(Shop.InjectedFailure.class);

        Order order = store.orders().get(ORDER);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.paidAt()).isEmpty();
        assertThat(order.paymentReference()).isEmpty();
        assertThat(store.ledger().all()).isEmpty();
        assertThat(store.products().get(Sku.of("ARGAN-250")).stock()).isEqualTo(8);
    }

    @OnEveryDatabase
    void a_failure_after_a_refund_is_written_rolls_the_refund_back(TestDatabase database) {
        Shop shop = shop(database);
        TaawonStore store = shop.store();
        store.transactions().inTransaction(() -> {
            shop.placeOrder().place(request());
            shop.confirmPayment(new InMemoryPaymentGateway(), shop.journal()).confirm(ORDER, "pay_1", Fixtures.T0.plusSeconds(1));
        });
        RefundRequest refund = new RefundRequest(ORDER, List.of(new RefundRequest.Line(0, 2), new RefundRequest.Line(1, 1)), true,
                Fixtures.T0.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> store.transactions().inTransaction(
                () -> shop.refundLines(shop.journalThenFailure()).refund(refund)))
                .isInstanceOf(Shop.InjectedFailure.class);

        assertThat(store.orders().get(ORDER).refunds()).isEmpty();
        assertThat(store.orders().get(ORDER).status()).isEqualTo(OrderStatus.PAID);
        assertThat(store.products().get(Sku.of("ARGAN-250")).stock()).isEqualTo(8);
        assertThat(store.ledger().all()).extracting(t -> t.id().value()).containsExactly("sale:o-atomic");

        store.transactions().inTransaction(() -> shop.refundLines(shop.journal()).refund(refund));

        assertThat(store.orders().get(ORDER).status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(store.products().get(Sku.of("ARGAN-250")).stock()).isEqualTo(10);
        assertThat(store.ledger().contains(TransactionId.of("refund:o-atomic/refund-1"))).isTrue();
    }

    /** The store's products, with a failure right after a successful take. */
    private record FailingAfterTake(Products products) implements Products {

        @Override
        public Optional<Product> find(Sku sku) {
            return products.find(sku);
        }

        @Override
        public List<Product> all() {
            return products.all();
        }

        @Override
        public void save(Product product) {
            products.save(product);
        }

        @Override
        public void takeStock(Map<Sku, Long> units) {
            products.takeStock(units);
            throw new Shop.InjectedFailure("after the stock update");
        }

        @Override
        public void returnStock(Map<Sku, Long> units) {
            products.returnStock(units);
        }
    }
}
