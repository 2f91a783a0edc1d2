package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;
import org.taawon.examples.shop.web.Amounts;

@SpringBootTest
@AutoConfigureMockMvc
class BackOfficeControllerTest {

    private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Autowired
    Products products;

    @Autowired
    LedgerEntries ledger;

    @Autowired
    Payouts payouts;

    private String body(String url) throws Exception {
        return mvc.perform(get(url).with(OPERATOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_cooperative_cannot_open_the_back_office() throws Exception {
        mvc.perform(get("/admin").with(user("tafyoucht").roles("COOPERATIVE"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/payouts").with(user("tafyoucht").roles("COOPERATIVE")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void lists_every_order() throws Exception {
        String orderId = new Shopper(mvc).buyAndPay("DATES-MEJHOUL-1KG", "ROSEMARY-OIL-10");
        assertThat(body("/admin")).contains("data-order=\"" + orderId + "\"").contains("data-order=\"TW-");
    }

    @Nested
    class Refunds {

        @Test
        void a_refund_by_line_writes_the_ledger_and_puts_units_back() throws Exception {
            Shopper shopper = new Shopper(mvc).add("DATES-MEJHOUL-1KG", 3).add("THYME-100", 1);
            String orderId = shopper.checkout();
            shopper.pay(orderId, Shopper.GOOD_CARD);
            long stock = products.get(Sku.of("DATES-MEJHOUL-1KG")).stock();
            Money expected = orders.get(OrderId.of(orderId)).lines().get(0).refundAmount(2);

            mvc.perform(post("/admin/orders/" + orderId + "/refund").with(OPERATOR).with(csrf())
                            .param("line", "0").param("units", "2").param("restock", "true"))
                    .andExpect(status().is3xxRedirection());

            Order order = orders.get(OrderId.of(orderId));
            assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertThat(order.refunded()).isEqualTo(expected);
            assertThat(products.get(Sku.of("DATES-MEJHOUL-1KG")).stock()).isEqualTo(stock + 2);
            assertThat(ledger.find(TransactionId.of("refund:" + orderId + "/refund-1"))).isPresent();
            assertThat(body("/admin/orders/" + orderId + "?lang=fr")).contains(Amounts.in("fr", expected));
        }

        @Test
        void a_refund_above_the_purchase_is_refused_with_its_reason() throws Exception {
            String orderId = new Shopper(mvc).buyAndPay("VERBENA-50");
            String html = mvc.perform(post("/admin/orders/" + orderId + "/refund").with(OPERATOR).with(csrf())
                            .param("line", "0").param("units", "2"))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("REFUND_EXCEEDS_PURCHASE");
            assertThat(orders.get(OrderId.of(orderId)).refunds()).isEmpty();
        }
    }

    @Nested
    class PayoutsAndLedger {

        @Test
        void a_payout_run_reports_its_progress_until_every_payout_is_answered() throws Exception {
            String location = mvc.perform(post("/admin/payouts").with(OPERATOR).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            PayoutRunId run = PayoutRunId.of(location.substring("/admin/payouts/".length()));
            await().atMost(Duration.ofSeconds(10)).until(() -> body(location).contains("data-finished=\"true\""));
            String html = body(location);
            payouts.forRun(run).forEach(p -> {
                assertThat(p.state()).isEqualTo(PayoutState.PAID);
                assertThat(html).contains("data-cooperative=\"" + p.cooperative().value() + "\"");
            });
            assertThat(body("/admin/payouts")).contains(run.value());
        }

        @Test
        void the_trial_balance_sums_to_zero() throws Exception {
            new Shopper(mvc).buyAndPay("BAG-EMB");
            String html = body("/admin/ledger?lang=en");
            TrialBalance trial = TrialBalance.of(ledger, TaawonConfiguration.MAD);
            assertThat(trial.isZero()).isTrue();
            assertThat(html).contains("The trial balance is balanced").contains(Account.PLATFORM.toString())
                    .contains(Amounts.in("en", trial.balances().get(Account.PLATFORM)));
        }

        @Test
        void the_impact_report_counts_womens_and_youth_cooperatives_only() throws Exception {
            String html = body("/admin/impact?lang=en");
            assertThat(body("/admin/impact?lang=ar")).contains("<td>درعة تافيلالت</td>").contains("<td>سوس ماسة</td>");
            assertThat(html).contains("<svg").contains("Women&#39;s cooperative").contains("Youth cooperative")
                    .contains("Souss-Massa").contains("Drâa-Tafilalet").doesNotContain("Mixed cooperative");
        }
    }
}
