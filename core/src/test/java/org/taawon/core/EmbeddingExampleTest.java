package org.taawon.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taawon.UnitOfWork;
import org.taawon.core.cart.CartLine;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.InMemoryCooperatives;
import org.taawon.core.catalogue.InMemoryProducts;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.InMemoryLedgerEntries;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.core.order.CheckoutRequest;
import org.taawon.core.order.InMemoryOrders;
import org.taawon.core.order.ConfirmPayment;
import org.taawon.core.order.InMemoryPaymentGateway;
import org.taawon.core.order.InMemoryPaymentRecords;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PayOrder;
import org.taawon.core.order.PlaceOrder;
import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.InMemoryPayouts;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutRunReport;
import org.taawon.core.payout.Payouts;
import org.taawon.core.payout.RunPayouts;
import org.taawon.core.split.SplitPolicy;
import org.taawon.core.split.SplitRules;

/** The plain-Java embedding of the root README, line for line, with the figure its comment promises. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_pays_the_argan_cooperative_25080_centimes() {
        Currency mad = Currency.getInstance("MAD");
        Cooperatives cooperatives = new InMemoryCooperatives();
        Products products = new InMemoryProducts();
        Orders orders = new InMemoryOrders();
        LedgerEntries ledger = new InMemoryLedgerEntries();
        Payouts payouts = new InMemoryPayouts();

        cooperatives.save(Cooperative.of(CooperativeId.of("coop-argan"), "Coopérative Tighanimine",
                CooperativeKind.WOMEN, "Souss-Massa", mad).withCommissionRate(BasisPoints.of(800)));
        products.save(new Product(Sku.of("ARGAN-250"), CooperativeId.of("coop-argan"),
                "Huile d'argan 250 ml", "argan", Money.of(12000, mad), 40));

        SettlementJournal journal = new SettlementJournal(ledger, cooperatives, new SplitRules(SplitPolicy.defaults(mad)));
        PlaceOrder placeOrder = new PlaceOrder(products, orders, journal, mad);
        InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
        ConfirmPayment confirmPayment = new ConfirmPayment(orders, journal, gateway, new InMemoryPaymentRecords());
        PayOrder payOrder = new PayOrder(orders, gateway, confirmPayment);
        RunPayouts runPayouts = new RunPayouts(cooperatives, ledger, payouts, new InMemoryPayoutRail(),
                UnitOfWork.DIRECT, Clock.systemUTC(), mad);

        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        placeOrder.place(new CheckoutRequest(OrderId.of("o-1"), List.of(CartLine.of("ARGAN-250", 2)),
                Money.zero(mad), Map.of(CooperativeId.of("coop-argan"), Money.of(3000, mad)), now));
        payOrder.pay(OrderId.of("o-1"), now);

        PayoutRunReport run = runPayouts.run(PayoutRunId.of("2026-03-08"), now.plus(Duration.ofDays(7)));
        TrialBalance trial = TrialBalance.of(ledger, mad);

        assertThat(run.payouts()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualTo(Money.of(25080, mad)));
        assertThat(trial.isZero()).isTrue();
        assertThat(products.get(Sku.of("ARGAN-250")).stock()).isEqualTo(38);
    }
}
