package org.taawon.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.core.fixtures.Amounts.JPY;
import static org.taawon.core.fixtures.Amounts.MAD;
import static org.taawon.core.fixtures.CooperativeBuilder.aCooperative;
import static org.taawon.core.fixtures.OrderBuilder.anOrder;
import static org.taawon.core.fixtures.ProductBuilder.aProduct;
import static org.taawon.core.fixtures.SeedCatalogue.AMLOU_500;
import static org.taawon.core.fixtures.SeedCatalogue.ARGAN_OIL_250;
import static org.taawon.core.fixtures.SeedCatalogue.DATES_MEJHOUL_1K;
import static org.taawon.core.fixtures.SeedCatalogue.HAOUZ;
import static org.taawon.core.fixtures.SeedCatalogue.SILVER_FIBULA;
import static org.taawon.core.fixtures.SeedCatalogue.TIGHANIMINE;
import static org.taawon.core.fixtures.SeedCatalogue.ZAGORA;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.fixtures.LedgerTotals.CooperativeFigures;
import org.taawon.core.fixtures.LedgerTotals.PlatformFigures;
import org.taawon.core.fixtures.TaawonFixture;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.split.CommissionRule;
import org.taawon.core.split.FeeBearer;
import org.taawon.core.split.FeeSchedule;
import org.taawon.core.split.ShippingRecipient;
import org.taawon.core.split.SplitPolicy;

/**
 * The worked examples of SETTLEMENT.md (scenarios 01, 03, 04 and 06) driven through the library's use
 * cases on in-memory adapters, their report figures read back from the ledger by entry kind.
 */
class SettlementExamplesTest {

    private TaawonFixture taawon;

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static SplitPolicy policy(Currency currency, int defaultBps, int feeBps, long feeFixed, FeeBearer bearer,
                                      ShippingRecipient recipient, long holdDays) {
        return new SplitPolicy(CommissionRule.cooperativeRateOr(BasisPoints.of(defaultBps)),
                new FeeSchedule(BasisPoints.of(feeBps), Money.of(feeFixed, currency)), bearer, recipient,
                SplitPolicy.holdDays(holdDays));
    }

    private Money m(long minor) {
        return taawon.money(minor);
    }

    private CooperativeFigures figures(long sales, long discounts, long shipping, long commission, long fees, long refunds,
                                       long earned, long paidOut) {
        return new CooperativeFigures(m(sales), m(discounts), m(shipping), m(commission), m(fees), m(refunds), m(earned),
                m(paidOut));
    }

    private List<String> payouts(Cooperative cooperative) {
        return taawon.payouts().forCooperative(cooperative.id()).stream()
                .map(p -> p.plannedAt() + " " + p.amount().minor() + " " + p.state()).toList();
    }

    @AfterEach
    void ledger_balances_and_customers_money_is_all_accounted_for() {
        assertThat(taawon.trialBalance().isZero()).isTrue();
        var totals = taawon.totals();
        assertThat(totals.charged().minus(totals.refunded()))
                .isEqualTo(totals.cooperativesEarned().plus(totals.platformEarned()).plus(totals.processorFees()));
    }

    @Test
    void scenario_01_single_cooperative_paid_once_its_hold_is_over() {
        taawon = TaawonFixture.builder().policy(SplitPolicy.defaults(MAD)).build()
                .with(TIGHANIMINE).with(ARGAN_OIL_250, AMLOU_500);

        taawon.checkout(anOrder().id("o-1").at(at("2026-03-01T10:00:00Z")).line(ARGAN_OIL_250, 2).line(AMLOU_500, 1)
                .shipping("coop-tighanimine", 3000));
        assertThat(taawon.payoutRun("r-1", at("2026-03-05T00:00:00Z")).payouts()).isEmpty();
        taawon.payoutRun("r-2", at("2026-03-08T10:00:00Z"));

        assertThat(taawon.totals().cooperative(TIGHANIMINE.id())).isEqualTo(figures(32500, 0, 3000, 2600, 0, 0, 32900, 32900));
        assertThat(payouts(TIGHANIMINE)).containsExactly("2026-03-08T10:00:00Z 32900 PAID");
        assertThat(taawon.totals().platform()).isEqualTo(new PlatformFigures(m(2600), m(0), m(1330), m(1270)));
        assertThat(taawon.totals().processorFees()).isEqualTo(m(1330));
        assertThat(taawon.totals().charged()).isEqualTo(m(35500));
        assertThat(taawon.stock(ARGAN_OIL_250)).isEqualTo(38);
        assertThat(taawon.stock(AMLOU_500)).isEqualTo(24);
    }

    @Test
    void scenario_03_refunds_after_a_payout_leave_a_debt_that_carries_forward() {
        taawon = TaawonFixture.builder()
                .policy(policy(MAD, 1500, 290, 300, FeeBearer.PLATFORM, ShippingRecipient.COOPERATIVE, 1)).build()
                .with(ZAGORA, HAOUZ).with(DATES_MEJHOUL_1K, SILVER_FIBULA);

        taawon.checkout(anOrder().id("o-7").at(at("2026-04-01T09:00:00Z")).line(DATES_MEJHOUL_1K, 3)
                .line(SILVER_FIBULA, 2).discount(2000));
        taawon.refund("o-7", at("2026-04-01T15:00:00Z"), false, 0, 1);
        taawon.payoutRun("r-1", at("2026-04-03T00:00:00Z"));
        taawon.refund("o-7", at("2026-04-04T10:00:00Z"), true, 0, 2, 1, 2);
        assertThat(taawon.payoutRun("r-2", at("2026-04-05T00:00:00Z")).payouts()).isEmpty();
        taawon.checkout(anOrder().id("o-8").at(at("2026-04-06T09:00:00Z")).line(SILVER_FIBULA, 3));
        taawon.payoutRun("r-3", at("2026-04-08T00:00:00Z"));

        assertThat(taawon.totals().cooperative(ZAGORA.id())).isEqualTo(figures(29997, 500, 0, 0, 0, 29497, 0, 18682));
        assertThat(payouts(ZAGORA)).containsExactly("2026-04-03T00:00:00Z 18682 PAID");
        assertThat(taawon.ledger().balance(Account.payable(ZAGORA.id()), MAD)).isEqualTo(m(-18682));
        assertThat(taawon.totals().cooperative(HAOUZ.id())).isEqualTo(figures(225000, 1500, 0, 20250, 0, 88500, 114750, 114750));
        assertThat(payouts(HAOUZ)).containsExactly("2026-04-03T00:00:00Z 75225 PAID", "2026-04-08T00:00:00Z 39525 PAID");
        assertThat(taawon.totals().platform()).isEqualTo(new PlatformFigures(m(20250), m(0), m(7937), m(12313)));
        assertThat(taawon.totals().charged()).isEqualTo(m(252997));
        assertThat(taawon.totals().refunded()).isEqualTo(m(117997));
        assertThat(taawon.stock(DATES_MEJHOUL_1K)).isEqualTo(99);
        assertThat(taawon.stock(SILVER_FIBULA)).isEqualTo(2);
    }

    @Test
    void scenario_04_nothing_is_paid_below_the_payout_minimum() {
        taawon = TaawonFixture.builder().policy(policy(MAD, 1000, 0, 0, FeeBearer.PLATFORM, ShippingRecipient.COOPERATIVE, 0))
                .build().with(TIGHANIMINE).with(AMLOU_500);

        taawon.checkout(anOrder().id("a").at(at("2026-05-01T09:00:00Z")).line(AMLOU_500, 1));
        assertThat(taawon.payoutRun("r-1", at("2026-05-01T10:00:00Z")).payouts()).isEmpty();
        taawon.checkout(anOrder().id("b").at(at("2026-05-02T09:00:00Z")).line(AMLOU_500, 1));
        taawon.payoutRun("r-2", at("2026-05-02T10:00:00Z"));
        assertThat(taawon.payoutRun("r-3", at("2026-05-03T10:00:00Z")).payouts()).isEmpty();

        assertThat(taawon.totals().cooperative(TIGHANIMINE.id())).isEqualTo(figures(17000, 0, 0, 1360, 0, 0, 15640, 15640));
        assertThat(payouts(TIGHANIMINE)).containsExactly("2026-05-02T10:00:00Z 15640 PAID");
        assertThat(taawon.totals().processorFees()).isEqualTo(m(0));
    }

    @Test
    void scenario_06_yen_with_platform_shipping_and_fees_borne_by_cooperatives() {
        Cooperative coopA = aCooperative().id("coop-a").currency(JPY).build();
        Cooperative coopB = aCooperative().id("coop-b").currency(JPY).commissionBps(0).build();
        Product scarf = aProduct().sku("SCARF").of("coop-a").price(4999).currency(JPY).stock(10).build();
        Product honey = aProduct().sku("HONEY").of("coop-b").price(1333).currency(JPY).stock(10).build();
        taawon = TaawonFixture.builder().currency(JPY)
                .policy(policy(JPY, 1250, 360, 0, FeeBearer.COOPERATIVES, ShippingRecipient.PLATFORM, 14)).build()
                .with(coopA, coopB).with(scarf, honey);

        taawon.checkout(anOrder().id("j-1").at(at("2026-07-01T00:00:00Z")).line(scarf, 1).line(honey, 2).discount(777)
                .shipping("coop-a", 800).shipping("coop-b", 800));
        taawon.refund("j-1", at("2026-07-02T00:00:00Z"), false, 1, 1);
        taawon.checkout(anOrder().id("j-2").at(at("2026-07-03T00:00:00Z")).line(honey, 1).discount(1333)
                .shipping("coop-b", 500));
        // on the 14th coop-b owes its refund (it counts at once) and no earnings count yet
        assertThat(taawon.payoutRun("r-1", at("2026-07-14T00:00:00Z")).payouts()).isEmpty();
        assertThat(taawon.ledger().balance(Account.payable(coopB.id()), JPY, at("2026-07-14T00:00:00Z"))).isEqualTo(m(-1198));
        taawon.payoutRun("r-2", at("2026-07-17T00:00:00Z"));

        assertThat(taawon.totals().cooperative(coopA.id())).isEqualTo(figures(4999, 507, 0, 562, 200, 0, 3730, 3730));
        assertThat(taawon.totals().cooperative(coopB.id())).isEqualTo(figures(3999, 1603, 0, 0, 106, 1198, 1092, 1092));
        assertThat(taawon.totals().platform()).isEqualTo(new PlatformFigures(m(562), m(2100), m(18), m(2644)));
        assertThat(taawon.totals().processorFees()).isEqualTo(m(324));
        assertThat(taawon.totals().charged()).isEqualTo(m(8988));
        assertThat(taawon.totals().refunded()).isEqualTo(m(1198));
        assertThat(taawon.stock(scarf)).isEqualTo(9);
        assertThat(taawon.stock(honey)).isEqualTo(7);
        assertThat(taawon.payouts().forRun(PayoutRunId.of("r-2"))).extracting(Payout::cooperative)
                .containsExactly(CooperativeId.of("coop-a"), CooperativeId.of("coop-b"));
        assertThat(taawon.policy().hold()).isEqualTo(Duration.ofDays(14));
    }
}
