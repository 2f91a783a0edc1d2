package org.taawon.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taawon.core.fixtures.Amounts.T0;
import static org.taawon.core.fixtures.Amounts.mad;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.SeedCatalogue.ARGAN_OIL_250;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;
import static org.taawon.core.fixtures.SeedCatalogue.HAOUZ;
import static org.taawon.core.fixtures.SeedCatalogue.SILVER_FIBULA;
import static org.taawon.core.fixtures.SeedCatalogue.TIGHANIMINE;
import static org.taawon.core.fixtures.SeedCatalogue.ZAGORA;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taawon.core.cart.CartId;
import org.taawon.core.cart.CartLine;
import org.taawon.core.fixtures.SeedCatalogue;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.ledger.SettlementJournal;

class PlaceOrderTest {

    private TaawonFixture taawon;

    @BeforeEach
    void catalogue() {
        taawon = SeedCatalogue.fixture();
    }

    /** Scenario 02, order o-1. */
    private Order placeScenario02() {
        return taawon.placeOrder().place(anOrder().id("o-1").line(DATES_MEJHOUL_1K, 3).line(ARGAN_OIL_250, 1)
                .line(SILVER_FIBULA, 1).line(DATES_MEJHOUL_1K, 1).discount(1001)
                .shipping("coop-zagora-dattes", 2500).shipping("coop-haouz-bijoux", 0).request());
    }

    @Test
    void freezes_catalogue_prices_and_allocates_the_discount_over_the_lines() {
        Order order = placeScenario02();

        assertThat(order.lines()).extracting(OrderLine::index, OrderLine::unitPrice, OrderLine::quantity, OrderLine::discount)
                .containsExactly(
                        tuple(0, mad(9999), 3L, mad(310)),
                        tuple(1, mad(12000), 1L, mad(124)),
                        tuple(2, mad(45000), 1L, mad(464)),
                        tuple(3, mad(9999), 1L, mad(103)));
        assertThat(order.merchandise()).isEqualTo(mad(96996));
        assertThat(order.discount()).isEqualTo(mad(1001));
    }

    @Test
    void makes_one_sub_order_per_cooperative_in_order_of_first_appearance() {
        Order order = placeScenario02();

        assertThat(order.subOrders()).extracting(SubOrder::cooperative, SubOrder::subtotal, SubOrder::shipping,
                SubOrder::fulfilment).containsExactly(
                tuple(ZAGORA.id(), mad(39583), mad(2500), FulfilmentStatus.AWAITING_SHIPMENT),
                tuple(TIGHANIMINE.id(), mad(11876), mad(0), FulfilmentStatus.AWAITING_SHIPMENT),
                tuple(HAOUZ.id(), mad(44536), mad(0), FulfilmentStatus.AWAITING_SHIPMENT));
        assertThat(order.total()).isEqualTo(mad(98495));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.placedAt()).isEqualTo(T0);
    }

    @Test
    void takes_the_units_of_every_line_out_of_stock_summed_per_product() {
        placeScenario02();

        assertThat(taawon.stock(DATES_MEJHOUL_1K)).isEqualTo(96);
        assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(39);
        assertThat(taawon.stock(SILVER_FIBULA)).isEqualTo(4);
    }

    @Test
    void records_the_sale_in_the_ledger_once_the_order_is_paid() {
        Order order = placeScenario02();
        assertThat(taawon.ledger().contains(SettlementJournal.saleOf(order))).isFalse();

        taawon.payOrder().pay(order.id(), T0.plusSeconds(90));

        assertThat(taawon.ledger().find(SettlementJournal.saleOf(order))).get()
                .satisfies(sale -> assertThat(sale.recordedAt()).isEqualTo(T0.plusSeconds(90)));
        assertThat(taawon.totals().charged()).isEqualTo(order.total());
        assertThat(taawon.trialBalance().isZero()).isTrue();
    }

    @Test
    void a_placed_order_holds_its_stock_and_books_nothing_until_it_is_paid() {
        long stock = taawon.stock(ARGAN_OIL_250);
        Order order = taawon.placeOrder().place(anOrder().id("o-unpaid").line(ARGAN_OIL_250, 2).request());

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.paidAt()).isEmpty();
        assertThat(order.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(stock - 2);
        assertThat(taawon.ledger().all()).isEmpty();
        assertThat(taawon.totals().charged()).isEqualTo(mad(0));
    }

    @Test
    void charges_the_catalogue_price_at_checkout_never_a_later_one() {
        Order first = taawon.checkout(anOrder().id("o-1").line(ARGAN_OIL_250, 1));
        taawon.with(ARGAN_OIL_250.withPrice(mad(15000)));
        Order second = taawon.checkout(anOrder().id("o-2").at(T0.plusSeconds(60)).line(ARGAN_OIL_250, 1));

        assertThat(first.total()).isEqualTo(mad(12000));
        assertThat(taawon.order("o-1").total()).isEqualTo(mad(12000));
        assertThat(second.total()).isEqualTo(mad(15000));
    }

    @Test
    void checks_out_a_cart_built_with_the_cart_verbs() {
        CartId cart = CartId.of("cart-7");
        taawon.addToCart().add(cart, SILVER_FIBULA.sku(), 1);
        taawon.addToCart().add(cart, ARGAN_OIL_250.sku(), 1);
        List<CartLine> lines = taawon.carts().find(cart).orElseThrow().lines();

        Order order = taawon.checkout(new CheckoutRequest(OrderId.of("o-cart"), lines, mad(0), Map.of(), T0));

        assertThat(order.subOrders()).extracting(SubOrder::cooperative).containsExactly(HAOUZ.id(), TIGHANIMINE.id());
        assertThat(order.total()).isEqualTo(mad(57000));
    }

    @Test
    void an_order_of_free_items_is_still_on_record() {
        Order order = taawon.checkout(anOrder().id("free").line(ARGAN_OIL_250, 1).discount(12000));

        assertThat(order.total()).isEqualTo(mad(0));
        assertThat(taawon.ledger().contains(SettlementJournal.saleOf(order))).isTrue();
        assertThat(taawon.trialBalance().isZero()).isTrue();
    }
}
