package org.taawon.core.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.core.fixtures.Amounts.JPY;
import static org.taawon.core.fixtures.Amounts.MAD;
import static org.taawon.core.fixtures.Amounts.T0;
import static org.taawon.core.fixtures.Amounts.jpy;
import static org.taawon.core.fixtures.Amounts.mad;
import static org.taawon.core.fixtures.CooperativeBuilder.aCooperative;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_500;
import static org.taawon.core.fixtures.SeedCatalogue.ARGAN_OIL_250;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;
import static org.taawon.core.fixtures.SeedCatalogue.HAOUZ;
import static org.taawon.core.fixtures.SeedCatalogue.RUG_AZILAL_S;
import static org.taawon.core.fixtures.SeedCatalogue.SILVER_FIBULA;
import static org.taawon.core.fixtures.SeedCatalogue.TIGHANIMINE;
import static org.taawon.core.fixtures.SeedCatalogue.TINGHIR;
import static org.taawon.core.fixtures.SeedCatalogue.ZAGORA;

import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.Refund;
import org.taawon.core.order.RefundRequest;

class SplitRulesTest {

    private static Function<CooperativeId, Cooperative> known(Cooperative... cooperatives) {
        Map<CooperativeId, Cooperative> byId = new HashMap<>();
        for (Cooperative c : cooperatives) {
            byId.put(c.id(), c);
        }
        return id -> {
            Cooperative c = byId.get(id);
            if (c == null) {
                throw new IllegalArgumentException("unknown " + id);
            }
            return c;
        };
    }

    private static SplitPolicy policy(Currency currency, int defaultBps, int feeBps, long feeFixed, FeeBearer bearer,
                                      ShippingRecipient recipient) {
        return new SplitPolicy(CommissionRule.cooperativeRateOr(BasisPoints.of(defaultBps)),
                new FeeSchedule(BasisPoints.of(feeBps), Money.of(feeFixed, currency)), bearer, recipient, Duration.ofDays(7));
    }

    private static CooperativeShare share(OrderSplit split, Cooperative cooperative) {
        return split.shares().stream().filter(s -> s.cooperative().equals(cooperative.id())).findFirst().orElseThrow();
    }

    private static void assertConserved(OrderSplit split) {
        Money distributed = split.platformEarned().plus(split.processorFee());
        for (CooperativeShare share : split.shares()) {
            distributed = distributed.plus(share.earned());
        }
        assertThat(distributed).as("charged = cooperatives + platform + processor").isEqualTo(split.charged());
    }

    @Nested
    class Commission {

        @ParameterizedTest(name = "subtotal {0}, own rate {1}, default {2} -> {3}")
        @CsvSource({
                "32500, 800,  1000, 2600",   // scenario 01: the cooperative's own 8 %
                "32500,   ,   1000, 3250",   // no own rate: the platform default
                "11876, 800,  1000, 950",    // 950.08
                "44536,   ,   1000, 4454",   // 4453.6
                "4492,    ,   1250, 562",    // 561.5 to even
                "4500,    ,   1250, 562",    // 562.5 to even
                "2396,   0,   1250, 0",      // an own rate of 0 is a rate, not an absence
                "12345, 10000, 0,  12345",
        })
        void takes_the_cooperative_s_own_rate_else_the_default_of_its_subtotal(long subtotal, Integer ownBps,
                                                                               int defaultBps, long commission) {
            var builder = aCooperative().id("coop-x");
            if (ownBps != null) {
                builder.commissionBps(ownBps);
            }
            Product product = aProduct().sku("P").of("coop-x").price(subtotal).build();
            Order order = anOrder().line(product, 1).build();
            SplitRules rules = new SplitRules(policy(MAD, defaultBps, 0, 0, FeeBearer.PLATFORM, ShippingRecipient.COOPERATIVE));

            OrderSplit split = rules.split(order, known(builder.build()));

            assertThat(split.shares()).singleElement().satisfies(s -> assertThat(s.commission()).isEqualTo(mad(commission)));
            assertThat(split.platformCommission()).isEqualTo(mad(commission));
            assertConserved(split);
        }

        @Test
        void is_taken_on_the_net_after_the_discount_share_per_cooperative() {
            // scenario 02, order o-1
            Order order = anOrder().line(DATES_MEJHOUL_1K, 3).line(ARGAN_OIL_250, 1).line(SILVER_FIBULA, 1)
                    .line(DATES_MEJHOUL_1K, 1).discount(1001).shipping("coop-zagora-dattes", 2500)
                    .shipping("coop-haouz-bijoux", 0).build();
            SplitRules rules = new SplitRules(policy(MAD, 1000, 290, 300, FeeBearer.COOPERATIVES, ShippingRecipient.COOPERATIVE));

            OrderSplit split = rules.split(order, known(TIGHANIMINE, ZAGORA, HAOUZ));

            assertThat(split.shares()).extracting(CooperativeShare::cooperative)
                    .containsExactly(ZAGORA.id(), TIGHANIMINE.id(), HAOUZ.id());
            assertThat(share(split, ZAGORA)).isEqualTo(CooperativeShare.of(ZAGORA.id(), mad(39996), mad(413), mad(2500),
                    mad(1979), mad(1348)));
            assertThat(share(split, TIGHANIMINE)).isEqualTo(CooperativeShare.of(TIGHANIMINE.id(), mad(12000), mad(124),
                    mad(0), mad(950), mad(381)));
            assertThat(share(split, HAOUZ)).isEqualTo(CooperativeShare.of(HAOUZ.id(), mad(45000), mad(464), mad(0),
                    mad(4454), mad(1427)));
            assertThat(split.charged()).isEqualTo(mad(98495));
            assertThat(split.processorFee()).isEqualTo(mad(3156));
            assertThat(split.platformFee()).isEqualTo(mad(0));
            assertThat(split.platformEarned()).isEqualTo(mad(1979 + 950 + 4454));
            assertConserved(split);
        }

        @Test
        void comes_from_a_pluggable_rule_that_callers_never_see() {
            // a per-category rule layered over the default: rugs pay 5 %, everything else the default
            CommissionRule byCategory = basis -> basis.lines().stream().allMatch(l -> l.sku().value().startsWith("RUG"))
                    ? BasisPoints.of(500).of(basis.subtotal())
                    : CommissionRule.cooperativeRateOr(BasisPoints.of(1000)).commission(basis);
            SplitRules rules = new SplitRules(SplitPolicy.defaults(MAD).withCommissionRule(byCategory));
            Order order = anOrder().line(RUG_AZILAL_S, 1).line(AMLOU_500, 1).build();

            OrderSplit split = rules.split(order, known(TINGHIR, TIGHANIMINE));

            assertThat(share(split, TINGHIR).commission()).isEqualTo(mad(4750));
            assertThat(share(split, TIGHANIMINE).commission()).isEqualTo(mad(680));
            assertConserved(split);
        }

        @ParameterizedTest
        @CsvSource({"-1", "8501"})
        void refuses_a_rule_that_takes_less_than_nothing_or_more_than_the_subtotal(long commission) {
            SplitRules rules = new SplitRules(SplitPolicy.defaults(MAD).withCommissionRule(basis -> mad(commission)));
            Order order = anOrder().line(AMLOU_500, 1).build();

            assertThatThrownBy(() -> rules.split(order, known(TIGHANIMINE)))
                    .isInstanceOf(SplitPolicyException.class)
                    .extracting(e -> ((SplitPolicyException) e).reason()).isEqualTo("INVALID_SPLIT_POLICY");
        }
    }

    @Nested
    class Processor_fee {

        @ParameterizedTest(name = "T = {0}: {1} bp + {2} -> {3}")
        @CsvSource({
                "35500, 290, 300, 1330",   // scenario 01
                "98495, 290, 300, 3156",   // scenario 02
                "8488,  360, 0,   306",    // scenario 06
                "1,     290, 300, 300",
                "0,     290, 300, 0",      // nothing charged, no fee, not even the fixed part
        })
        void is_the_rate_of_the_total_rounded_half_even_plus_the_fixed_part_on_positive_totals(long total, int bps,
                                                                                             long fixed, long fee) {
            assertThat(new FeeSchedule(BasisPoints.of(bps), mad(fixed)).feeOn(mad(total))).isEqualTo(mad(fee));
        }

        @Test
        void is_not_charged_on_an_order_whose_total_is_zero() {
            // scenario 02, order o-2: the discount takes the whole rug
            Order order = anOrder().id("o-2").line(RUG_AZILAL_S, 1).discount(95000).build();
            SplitRules rules = new SplitRules(policy(MAD, 1000, 290, 300, FeeBearer.COOPERATIVES, ShippingRecipient.COOPERATIVE));

            OrderSplit split = rules.split(order, known(TINGHIR));

            assertThat(split.charged()).isEqualTo(mad(0));
            assertThat(split.processorFee()).isEqualTo(mad(0));
            assertThat(split.shares()).singleElement().isEqualTo(
                    CooperativeShare.of(TINGHIR.id(), mad(95000), mad(95000), mad(0), mad(0), mad(0)));
            assertConserved(split);
        }

        @Test
        void refuses_a_negative_fixed_part_and_a_negative_hold() {
            assertThatThrownBy(() -> new FeeSchedule(BasisPoints.of(290), mad(-1))).isInstanceOf(SplitPolicyException.class);
            assertThatThrownBy(() -> SplitPolicy.defaults(MAD).withHold(Duration.ofHours(-1)))
                    .isInstanceOf(SplitPolicyException.class);
            assertThatThrownBy(() -> SplitPolicy.holdDays(-1)).isInstanceOf(SplitPolicyException.class);
            assertThat(SplitPolicy.holdDays(14)).isEqualTo(Duration.ofDays(14));
        }

        @Test
        void has_the_defaults_of_the_settlement_rules() {
            SplitPolicy defaults = SplitPolicy.defaults(MAD);
            assertThat(defaults.fee()).isEqualTo(new FeeSchedule(BasisPoints.of(290), mad(300)));
            assertThat(defaults.feeBearer()).isEqualTo(FeeBearer.PLATFORM);
            assertThat(defaults.shippingRecipient()).isEqualTo(ShippingRecipient.COOPERATIVE);
            assertThat(defaults.hold()).isEqualTo(Duration.ofDays(7));
        }
    }

    @Nested
    class Fee_bearing_and_shipping {

        private final Cooperative coopA = aCooperative().id("coop-a").currency(JPY).build();
        private final Cooperative coopB = aCooperative().id("coop-b").currency(JPY).commissionBps(0).build();
        private final Product scarf = aProduct().sku("SCARF").of("coop-a").price(4999).currency(JPY).build();
        private final Product honey = aProduct().sku("HONEY").of("coop-b").price(1333).currency(JPY).build();

        private Order j1() {
            return anOrder().id("j-1").line(scarf, 1).line(honey, 2).discount(777)
                    .shipping("coop-a", 800).shipping("coop-b", 800).build();
        }

        @Test
        void cooperatives_bear_the_fee_by_largest_remainder_over_their_subtotals_when_the_platform_gets_shipping() {
            // scenario 06, order j-1: F = rhe(8488 x 3.6 %) = 306 over subtotals 4492 and 2396
            SplitRules rules = new SplitRules(policy(JPY, 1250, 360, 0, FeeBearer.COOPERATIVES, ShippingRecipient.PLATFORM));

            OrderSplit split = rules.split(j1(), known(coopA, coopB));

            assertThat(split.shares()).containsExactly(
                    CooperativeShare.of(coopA.id(), jpy(4999), jpy(507), jpy(0), jpy(562), jpy(200)),
                    CooperativeShare.of(coopB.id(), jpy(2666), jpy(270), jpy(0), jpy(0), jpy(106)));
            assertThat(split.platformShipping()).isEqualTo(jpy(1600));
            assertThat(split.platformFee()).isEqualTo(jpy(0));
            assertThat(split.processorFee()).isEqualTo(jpy(306));
            assertThat(split.charged()).isEqualTo(jpy(8488));
            assertConserved(split);
        }

        @Test
        void the_platform_bears_the_fee_when_every_cooperative_weight_is_zero() {
            // scenario 06, order j-2: honey fully discounted, only the platform's shipping is charged
            Order j2 = anOrder().id("j-2").line(honey, 1).discount(1333).shipping("coop-b", 500).build();
            SplitRules rules = new SplitRules(policy(JPY, 1250, 360, 0, FeeBearer.COOPERATIVES, ShippingRecipient.PLATFORM));

            OrderSplit split = rules.split(j2, known(coopA, coopB));

            assertThat(split.shares()).containsExactly(
                    CooperativeShare.of(coopB.id(), jpy(1333), jpy(1333), jpy(0), jpy(0), jpy(0)));
            assertThat(split.processorFee()).isEqualTo(jpy(18));
            assertThat(split.platformFee()).isEqualTo(jpy(18));
            assertThat(split.platformShipping()).isEqualTo(jpy(500));
            assertThat(split.platformEarned()).isEqualTo(jpy(500 - 18));
            assertConserved(split);
        }

        @Test
        void cooperative_shipping_counts_in_the_fee_weights_when_cooperatives_receive_it() {
            SplitRules rules = new SplitRules(policy(JPY, 1250, 360, 0, FeeBearer.COOPERATIVES, ShippingRecipient.COOPERATIVE));

            OrderSplit split = rules.split(j1(), known(coopA, coopB));

            // F = 306 over 4492 + 800 and 2396 + 800: 190.78 and 115.22 -> 191, 115
            assertThat(split.shares()).extracting(CooperativeShare::fee).containsExactly(jpy(191), jpy(115));
            assertThat(split.shares()).extracting(CooperativeShare::shipping).containsExactly(jpy(800), jpy(800));
            assertThat(split.platformShipping()).isEqualTo(jpy(0));
            assertConserved(split);
        }

        @Test
        void the_platform_bears_the_whole_fee_under_the_platform_policy() {
            // scenario 01
            Order order = anOrder().line(ARGAN_OIL_250, 2).line(AMLOU_500, 1).shipping("coop-tighanimine", 3000).build();
            SplitRules rules = new SplitRules(SplitPolicy.defaults(MAD));

            OrderSplit split = rules.split(order, known(TIGHANIMINE));

            assertThat(split.shares()).containsExactly(
                    CooperativeShare.of(TIGHANIMINE.id(), mad(32500), mad(0), mad(3000), mad(2600), mad(0)));
            assertThat(split.shares().get(0).earned()).isEqualTo(mad(32900));
            assertThat(split.platformFee()).isEqualTo(mad(1330));
            assertThat(split.platformEarned()).isEqualTo(mad(1270));
            assertConserved(split);
        }

        @Test
        void shipping_of_zero_weight_cooperatives_is_still_credited_to_them() {
            // a cooperative whose only line is free still gets its shipping, and its weight is the shipping
            Product free = aProduct().sku("FREE").of("coop-a").price(0).currency(JPY).build();
            Order order = anOrder().line(free, 1).line(honey, 1).shipping("coop-a", 300).build();
            SplitRules rules = new SplitRules(policy(JPY, 1250, 360, 0, FeeBearer.COOPERATIVES, ShippingRecipient.COOPERATIVE));

            OrderSplit split = rules.split(order, known(coopA, coopB));

            // T = 0 + 300 + 1333 = 1633, F = rhe(58.788) = 59 over 300 and 1333: 10.84, 48.16 -> 11, 48
            assertThat(split.shares()).containsExactly(
                    CooperativeShare.of(coopA.id(), jpy(0), jpy(0), jpy(300), jpy(0), jpy(11)),
                    CooperativeShare.of(coopB.id(), jpy(1333), jpy(0), jpy(0), jpy(0), jpy(48)));
            assertConserved(split);
        }
    }

    @Nested
    class Refunds {

        /** Scenario 03, order o-7: dates 3 x 9999 and fibulas 2 x 45000, discount 2000. */
        private Order o7() {
            return anOrder().id("o-7").line(DATES_MEJHOUL_1K, 3).line(SILVER_FIBULA, 2).discount(2000).paid().build();
        }

        private final SplitRules rules = new SplitRules(policy(MAD, 1500, 290, 300, FeeBearer.PLATFORM, ShippingRecipient.COOPERATIVE));

        private Map<CooperativeId, Money> commissions(Order order) {
            Map<CooperativeId, Money> charged = new HashMap<>();
            rules.split(order, known(ZAGORA, HAOUZ)).shares().forEach(s -> charged.put(s.cooperative(), s.commission()));
            return charged;
        }

        @ParameterizedTest(name = "net {0} over {1} units, {2} refunded before, {3} more -> {4}")
        @CsvSource({
                "2396,  2, 0, 1, 1198",
                "29497, 3, 0, 1, 9832",     // 9832.33
                "29497, 3, 1, 2, 19665",    // rhe(29497) - rhe(9832.33): the rest, exactly
                "29497, 3, 0, 3, 29497",
                "5,     2, 0, 1, 2",        // 2.5 to the even 2
                "5,     2, 1, 1, 3",        // and the rest
                "7,     2, 0, 1, 4",        // 3.5 to the even 4
                "0,     4, 1, 2, 0",
        })
        void returns_the_difference_of_cumulative_half_even_shares_of_the_line_net(long net, long quantity, long before,
                                                                                  long units, long amount) {
            OrderLine line = new OrderLine(0, DATES_MEJHOUL_1K.sku(), ZAGORA.id(), mad(net), quantity, mad(net * (quantity - 1)),
                    before);
            assertThat(line.net()).isEqualTo(mad(net));
            assertThat(line.refundAmount(units)).isEqualTo(mad(amount));
        }

        @Test
        void refunding_every_unit_in_any_steps_returns_exactly_the_line_net() {
            long net = 29497;
            for (long[] steps : new long[][]{{3}, {1, 2}, {2, 1}, {1, 1, 1}}) {
                long refunded = 0;
                long units = 0;
                for (long k : steps) {
                    OrderLine line = new OrderLine(0, DATES_MEJHOUL_1K.sku(), ZAGORA.id(), mad(net), 3, mad(2 * net), units);
                    refunded += line.refundAmount(k).minor();
                    units += k;
                }
                assertThat(refunded).as("steps %s", Arrays.toString(steps)).isEqualTo(net);
            }
        }

        @ParameterizedTest(name = "commission {0}, refunded {1} of {2} -> {3}")
        @CsvSource({
                "1475, 9832,  29497, 492",   // 491.64
                "1475, 29497, 29497, 1475",
                "3,    1,     4,     1",     // 0.75
                "3,    2,     4,     2",     // 1.5 to even
                "3,    3,     4,     2",     // 2.25
                "5,    1,     2,     2",     // 2.5 to even
                "7,    1,     2,     4",     // 3.5 to even
                "9,    0,     0,     0",     // a zero subtotal reverses nothing
        })
        void reverses_commission_cumulatively_half_even(long commission, long refundedNet, long subtotal, long reversed) {
            assertThat(SplitRules.cumulativeReversal(mad(commission), mad(refundedNet), mad(subtotal))).isEqualTo(mad(reversed));
        }

        @Test
        void splits_each_refund_into_the_customer_s_amount_and_the_commission_it_reverses() {
            // scenario 03: the dates pay 5 %, the fibulas the default 15 %
            Order order = o7();
            Map<CooperativeId, Money> commission = commissions(order);
            assertThat(commission).containsEntry(ZAGORA.id(), mad(1475)).containsEntry(HAOUZ.id(), mad(13275));

            Refund first = order.refund(List.of(new RefundRequest.Line(0, 1)), false, T0.plusSeconds(3600));
            RefundSplit firstSplit = rules.splitRefund(order, first, commission);
            assertThat(firstSplit.shares()).containsExactly(new RefundSplit.Share(ZAGORA.id(), mad(9832), mad(492)));

            Refund second = order.refund(List.of(new RefundRequest.Line(0, 2), new RefundRequest.Line(1, 2)), true,
                    T0.plusSeconds(7200));
            RefundSplit secondSplit = rules.splitRefund(order, second, commission);
            assertThat(secondSplit.shares()).containsExactly(
                    new RefundSplit.Share(ZAGORA.id(), mad(19665), mad(983)),
                    new RefundSplit.Share(HAOUZ.id(), mad(88500), mad(13275)));
            assertThat(secondSplit.refunded()).isEqualTo(mad(19665 + 88500));
            assertThat(secondSplit.commissionReversed()).isEqualTo(mad(983 + 13275));
            assertThat(firstSplit.refunded().plus(secondSplit.refunded())).isEqualTo(order.lines().get(0).net()
                    .plus(order.lines().get(1).net()));
        }

        @Test
        void reversals_follow_the_cumulative_rule_and_never_drift_from_the_commission() {
            // net 4 over 4 units at 75 %: commission 3; per-unit rounding would give back 1 + 1 + 1 + 1 = 4
            Cooperative greedy = aCooperative().id("coop-g").commissionBps(7500).build();
            Order order = anOrder().line(aProduct().sku("G").of("coop-g").price(1).build(), 4).paid().build();
            SplitRules greedyRules = new SplitRules(SplitPolicy.defaults(MAD));
            Map<CooperativeId, Money> commission = Map.of(greedy.id(),
                    greedyRules.split(order, known(greedy)).shares().get(0).commission());
            assertThat(commission.get(greedy.id())).isEqualTo(mad(3));

            long[] reversals = new long[4];
            for (int i = 0; i < 4; i++) {
                Refund refund = order.refund(List.of(new RefundRequest.Line(0, 1)), false, T0.plusSeconds(i + 1));
                reversals[i] = greedyRules.splitRefund(order, refund, commission).commissionReversed().minor();
            }
            assertThat(reversals).containsExactly(1, 1, 0, 1);
        }

        @Test
        void a_refund_of_lines_of_several_cooperatives_lists_them_in_order_of_first_appearance() {
            Order order = anOrder().line(SILVER_FIBULA, 1).line(DATES_MEJHOUL_1K, 1).paid().build();
            Map<CooperativeId, Money> commission = commissions(order);
            Refund refund = order.refund(List.of(new RefundRequest.Line(1, 1), new RefundRequest.Line(0, 1)), false, T0);

            assertThat(rules.splitRefund(order, refund, commission).shares())
                    .extracting(RefundSplit.Share::cooperative).containsExactly(ZAGORA.id(), HAOUZ.id());
        }
    }
}
