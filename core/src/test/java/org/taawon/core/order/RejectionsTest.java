package org.taawon.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.core.fixtures.Amounts.EUR;
import static org.taawon.core.fixtures.Amounts.hoursAfterT0;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_500;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_PRICE;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;
import static org.taawon.core.fixtures.SeedCatalogue.RUG_AZILAL_S;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.core.catalogue.Product;
import org.taawon.core.fixtures.OrderBuilder;
import org.taawon.core.fixtures.SeedCatalogue;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.money.Money;
import org.taawon.core.money.TaawonException;

/**
 * Every rejection reason of SETTLEMENT.md §6 that the library raises, each with nothing applied (no
 * stock, no ledger transaction or balance, no order or refund, no order id taken), and the order in
 * which the rules are checked when several break at once.
 */
class RejectionsTest {

    static final Product SAFFRON_EUR = aProduct().sku("SAFFRON-EUR").of("coop-haouz-bijoux").price(1500).currency(EUR)
            .stock(10).build();

    private TaawonFixture taawon;

    @BeforeEach
    void scenario_05_before_its_bad_events() {
        taawon = SeedCatalogue.fixture().with(SAFFRON_EUR);
        taawon.checkout(anOrder().id("ok-1").at(hoursAfterT0(0)).line(RUG_AZILAL_S, 2));           // 1 rug left
        taawon.checkout(anOrder().id("ok-2").at(hoursAfterT0(1)).line(AMLOU_500, 3).line(DATES_MEJHOUL_1K, 2));
        taawon.refund("ok-2", hoursAfterT0(2), true, 0, 1);                                         // 2 amlou refundable
    }

    private static String reasonOf(Runnable operation) {
        try {
            operation.run();
        } catch (TaawonException e) {
            return e.reason();
        }
        throw new AssertionError("the operation was accepted");
    }

    static Arguments checkout(String name, Function<OrderBuilder, OrderBuilder> request, OrderRejection reason) {
        return Arguments.of(name, request, reason);
    }

    static Stream<Arguments> bad_checkouts() {
        return Stream.of(
                checkout("order id already accepted", o -> o.id("ok-1").line(AMLOU_500, 1), OrderRejection.DUPLICATE_ORDER),
                checkout("no lines", o -> o, OrderRejection.EMPTY_ORDER),
                checkout("a sku the catalogue does not know", o -> o.line(AMLOU_500, 1).line("NO-SUCH", 1),
                        OrderRejection.UNKNOWN_PRODUCT),
                checkout("zero units", o -> o.line(AMLOU_500, 0), OrderRejection.INVALID_QUANTITY),
                checkout("negative units", o -> o.line(AMLOU_500, -1), OrderRejection.INVALID_QUANTITY),
                checkout("more than a million units", o -> o.line(AMLOU_500, 1_000_001), OrderRejection.INVALID_QUANTITY),
                checkout("a product priced in another currency", o -> o.line(SAFFRON_EUR.sku().value(), 1),
                        OrderRejection.CURRENCY_MISMATCH),
                checkout("more units than in stock", o -> o.line(RUG_AZILAL_S, 2), OrderRejection.INSUFFICIENT_STOCK),
                checkout("stock enough per line, not for the lines summed", o -> o.line(RUG_AZILAL_S, 1).line(AMLOU_500, 1)
                        .line(RUG_AZILAL_S, 1), OrderRejection.INSUFFICIENT_STOCK),
                checkout("a discount above the merchandise", o -> o.line(AMLOU_500, 1).discount(AMLOU_PRICE + 1),
                        OrderRejection.INVALID_DISCOUNT),
                checkout("a negative discount", o -> o.line(AMLOU_500, 1).discount(-1), OrderRejection.INVALID_DISCOUNT),
                checkout("shipping for a cooperative without lines", o -> o.line(AMLOU_500, 1)
                        .shipping("coop-zagora-dattes", 1000), OrderRejection.INVALID_SHIPPING),
                checkout("negative shipping", o -> o.line(AMLOU_500, 1).shipping("coop-tighanimine", -1),
                        OrderRejection.INVALID_SHIPPING),
                // two rules broken at once: the first in the order of §6 wins
                checkout("duplicate and empty", o -> o.id("ok-1"), OrderRejection.DUPLICATE_ORDER),
                checkout("duplicate and unknown product", o -> o.id("ok-2").line("NO-SUCH", 1), OrderRejection.DUPLICATE_ORDER),
                checkout("unknown product with an invalid quantity", o -> o.line("NO-SUCH", 0), OrderRejection.UNKNOWN_PRODUCT),
                checkout("invalid quantity on an earlier line than an unknown product", o -> o.line(AMLOU_500, 0)
                        .line("NO-SUCH", 1), OrderRejection.INVALID_QUANTITY),
                checkout("unknown product on an earlier line than an invalid quantity", o -> o.line("NO-SUCH", 1)
                        .line(AMLOU_500, 0), OrderRejection.UNKNOWN_PRODUCT),
                checkout("invalid quantity after a product in another currency", o -> o.line(SAFFRON_EUR.sku().value(), 1)
                        .line(AMLOU_500, 0), OrderRejection.INVALID_QUANTITY),
                checkout("another currency and too little stock", o -> o.line(RUG_AZILAL_S, 5)
                        .line(SAFFRON_EUR.sku().value(), 1), OrderRejection.CURRENCY_MISMATCH),
                checkout("too little stock and an invalid discount", o -> o.line(RUG_AZILAL_S, 2).discount(-5),
                        OrderRejection.INSUFFICIENT_STOCK),
                checkout("invalid discount and invalid shipping", o -> o.line(AMLOU_500, 1).discount(9000)
                        .shipping("coop-zagora-dattes", 100), OrderRejection.INVALID_DISCOUNT));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("bad_checkouts")
    void a_bad_checkout_is_refused_with_its_reason_and_applies_nothing(String name,
                                                                       Function<OrderBuilder, OrderBuilder> request,
                                                                       OrderRejection reason) {
        CheckoutRequest bad = request.apply(anOrder().id("e-1").at(hoursAfterT0(3))).request();
        TaawonFixture.State before = taawon.snapshot();

        String refused = reasonOf(() -> taawon.placeOrder().place(bad));

        assertThat(refused).isEqualTo(reason.name());
        assertThat(taawon.snapshot()).isEqualTo(before);
        if (reason != OrderRejection.DUPLICATE_ORDER) {
            // the id was not taken: a good checkout may use it now
            assertThat(taawon.orders().exists(bad.orderId())).isFalse();
            taawon.checkout(anOrder().id(bad.orderId().value()).at(hoursAfterT0(4)).line(AMLOU_500, 1));
            assertThat(taawon.order(bad.orderId().value()).status()).isEqualTo(OrderStatus.PAID);
        }
    }

    @Test
    void a_discount_or_shipping_in_another_currency_is_a_currency_mismatch() {
        TaawonFixture.State before = taawon.snapshot();
        CheckoutRequest discount = new CheckoutRequest(OrderId.of("e-cur"), anOrder().line(AMLOU_500, 1).request().lines(),
                Money.of(1, EUR), Map.of(), hoursAfterT0(3));
        assertThat(reasonOf(() -> taawon.placeOrder().place(discount))).isEqualTo("CURRENCY_MISMATCH");
        CheckoutRequest shipping = new CheckoutRequest(OrderId.of("e-cur"), discount.lines(), taawon.money(0),
                Map.of(AMLOU_500.cooperative(), Money.of(1, EUR)), hoursAfterT0(3));
        assertThat(reasonOf(() -> taawon.placeOrder().place(shipping))).isEqualTo("CURRENCY_MISMATCH");
        assertThat(taawon.snapshot()).isEqualTo(before);
    }

    @Test
    void amounts_beyond_exact_arithmetic_are_refused_as_AMOUNT_OVERFLOW() {
        taawon.with(aProduct().sku("GOLD").of("coop-haouz-bijoux").price(Long.MAX_VALUE / 3).stock(10).build());
        TaawonFixture.State before = taawon.snapshot();

        assertThat(reasonOf(() -> taawon.placeOrder().place(anOrder().id("e-big").line("GOLD", 4).request())))
                .isEqualTo("AMOUNT_OVERFLOW");
        assertThat(reasonOf(() -> taawon.placeOrder().place(anOrder().id("e-big").line("GOLD", 1).request())))
                .isEqualTo("AMOUNT_OVERFLOW");
        assertThat(taawon.snapshot()).isEqualTo(before);
    }

    record RefundCase(String order, List<long[]> lines) {
        RefundRequest request(boolean restock) {
            List<RefundRequest.Line> l = new ArrayList<>();
            lines.forEach(x -> l.add(new RefundRequest.Line(x[0], x[1])));
            return new RefundRequest(OrderId.of(order), l, restock, hoursAfterT0(5));
        }
    }

    static Arguments refund(String name, String order, OrderRejection reason, long... lineThenUnits) {
        List<long[]> lines = new ArrayList<>();
        for (int i = 0; i + 1 < lineThenUnits.length; i += 2) {
            lines.add(new long[]{lineThenUnits[i], lineThenUnits[i + 1]});
        }
        return Arguments.of(name, new RefundCase(order, lines), reason);
    }

    static Stream<Arguments> bad_refunds() {
        return Stream.of(
                refund("an order never accepted", "nope", OrderRejection.UNKNOWN_ORDER, 0, 1),
                refund("no lines", "ok-2", OrderRejection.EMPTY_REFUND),
                refund("a line index past the order", "ok-2", OrderRejection.UNKNOWN_LINE, 2, 1),
                refund("a negative line index", "ok-2", OrderRejection.UNKNOWN_LINE, -1, 1),
                refund("zero units", "ok-2", OrderRejection.INVALID_QUANTITY, 0, 0),
                refund("negative units", "ok-2", OrderRejection.INVALID_QUANTITY, 1, -2),
                refund("more units than bought, counting the earlier refund", "ok-2",
                        OrderRejection.REFUND_EXCEEDS_PURCHASE, 0, 3),
                refund("units of one line summed over the request", "ok-2", OrderRejection.REFUND_EXCEEDS_PURCHASE,
                        1, 1, 0, 1, 1, 2),
                // two rules broken at once
                refund("unknown order and empty", "nope", OrderRejection.UNKNOWN_ORDER),
                refund("unknown line with an invalid quantity", "ok-2", OrderRejection.UNKNOWN_LINE, 9, 0),
                refund("invalid quantity on an earlier line than an unknown line", "ok-2", OrderRejection.INVALID_QUANTITY,
                        0, 0, 9, 1),
                refund("unknown line on an earlier line than an invalid quantity", "ok-2", OrderRejection.UNKNOWN_LINE,
                        9, 1, 0, 0),
                refund("too many units and a later invalid quantity", "ok-2", OrderRejection.INVALID_QUANTITY, 0, 99, 1, 0),
                refund("too many units and a later unknown line", "ok-2", OrderRejection.UNKNOWN_LINE, 0, 99, 7, 1));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("bad_refunds")
    void a_bad_refund_is_refused_with_its_reason_and_applies_nothing(String name, RefundCase refund, OrderRejection reason) {
        TaawonFixture.State before = taawon.snapshot();

        String refused = reasonOf(() -> taawon.refundLines().refund(refund.request(true)));

        assertThat(refused).isEqualTo(reason.name());
        assertThat(taawon.snapshot()).isEqualTo(before);
        // the units that remain can still be refunded in full
        taawon.refund("ok-2", hoursAfterT0(6), true, 0, 2, 1, 2);
        assertThat(taawon.order("ok-2").status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void an_order_not_yet_paid_or_cancelled_has_nothing_to_refund() {
        taawon.placeOrder().place(anOrder().id("unpaid").at(hoursAfterT0(3)).line(AMLOU_500, 1).request());
        TaawonFixture.State before = taawon.snapshot();

        assertThat(reasonOf(() -> taawon.refund("unpaid", hoursAfterT0(4), true, 0, 1))).isEqualTo("ORDER_NOT_PAID");
        assertThat(taawon.snapshot()).isEqualTo(before);

        taawon.cancelOrder().cancel(OrderId.of("unpaid"), hoursAfterT0(4));
        TaawonFixture.State cancelled = taawon.snapshot();
        assertThat(reasonOf(() -> taawon.refund("unpaid", hoursAfterT0(5), true, 0, 1))).isEqualTo("ORDER_NOT_PAID");
        assertThat(taawon.snapshot()).isEqualTo(cancelled);
    }

    @Nested
    class Reason_codes {

        @Test
        void are_the_names_of_settlement_section_6() {
            for (String reason : List.of("DUPLICATE_ORDER", "EMPTY_ORDER", "UNKNOWN_PRODUCT", "INVALID_QUANTITY",
                    "CURRENCY_MISMATCH", "INSUFFICIENT_STOCK", "INVALID_DISCOUNT", "INVALID_SHIPPING", "UNKNOWN_ORDER",
                    "EMPTY_REFUND", "UNKNOWN_LINE", "REFUND_EXCEEDS_PURCHASE")) {
                OrderRejection rejection = OrderRejection.valueOf(reason);
                assertThat(new OrderRejectedException(rejection, "m").reason()).isEqualTo(reason);
                assertThat(new OrderRejectedException(rejection, "m").rejection()).isEqualTo(rejection);
            }
        }
    }
}
