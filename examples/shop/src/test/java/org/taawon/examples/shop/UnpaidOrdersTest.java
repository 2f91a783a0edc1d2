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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.CooperativeBalance;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.ledger.TrialBalance;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;

/**
 * Orders the shopper left unpaid: what the shopper's order page, the back office and the cooperative
 * see of them, cancelling them, and their expiry by the shop's schedule once the clock has passed the
 * payment time-out (60 minutes, the default; the expiry runs every 200 ms here).
 */
@SpringBootTest(properties = "taawon.shop.expiry-interval=PT0.2S")
@AutoConfigureMockMvc
@Import(TestClock.Setup.class)
class UnpaidOrdersTest {

    private static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    private static final RequestPostProcessor IZOURANE = user("izourane").roles("COOPERATIVE");
    private static final CooperativeId IZOURANE_ID = CooperativeId.of("coop-izourane");
    private static final Duration TIMEOUT = Duration.ofMinutes(60);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Autowired
    Products products;

    @Autowired
    LedgerEntries ledger;

    @Autowired
    TestClock clock;

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A page's content, without the header's per-request CSRF token. */
    private static String main(String html) {
        return html.substring(html.indexOf("<main>"), html.indexOf("</main>"));
    }

    private long stock(String sku) {
        return products.get(Sku.of(sku)).stock();
    }

    private Order order(String id) {
        return orders.get(OrderId.of(id));
    }

    @Nested
    class TheShoppersOrderPage {

        @Test
        void an_unpaid_order_offers_to_pay_now_says_when_it_expires_and_offers_to_cancel() throws Exception {
            Shopper shopper = new Shopper(mvc).add("CUSHION-WOOL", 1);
            String orderId = shopper.checkout();
            String expiry = SHOWN.format(order(orderId).placedAt().plus(TIMEOUT));

            String fr = page("/orders/" + orderId + "?lang=fr", shopper.session);
            assertThat(fr).contains("En attente de paiement").contains("id=\"pay-now\"").contains("href=\"/pay/" + orderId + "\"")
                    .contains("id=\"cancel-order\"").contains("Payez avant le " + expiry + " UTC")
                    .contains("En attente du paiement").doesNotContain("À expédier");
            assertThat(page("/orders/" + orderId + "?lang=en", shopper.session))
                    .contains("Pay now").contains("Pay before " + expiry + " UTC").contains("Cancel the order");
            assertThat(page("/orders/" + orderId + "?lang=ar", shopper.session))
                    .contains("ادفع الآن").contains("ادفع قبل " + expiry + " UTC").contains("ألغ الطلب");
            assertThat(page("/pay/" + orderId + "?lang=fr", shopper.session)).contains("id=\"pay-expires\"")
                    .contains("Payez avant le " + expiry + " UTC");
        }

        @Test
        void a_paid_order_offers_neither_payment_nor_cancellation() throws Exception {
            Shopper shopper = new Shopper(mvc);
            String orderId = shopper.buyAndPay("BRACELET-ENAMEL");
            String html = page("/orders/" + orderId + "?lang=fr", shopper.session);
            assertThat(html).contains("Payée").contains("À expédier")
                    .doesNotContain("id=\"pay-now\"").doesNotContain("id=\"cancel-order\"").doesNotContain("id=\"expires-at\"");
        }

        @Test
        void the_shopper_cancels_an_unpaid_order_its_stock_comes_back_and_it_can_no_longer_be_paid() throws Exception {
            long before = stock("CUSHION-WOOL");
            Shopper shopper = new Shopper(mvc).add("CUSHION-WOOL", 2);
            String orderId = shopper.checkout();
            assertThat(stock("CUSHION-WOOL")).isEqualTo(before - 2);

            String next = mvc.perform(post("/orders/" + orderId + "/cancel").session(shopper.session).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

            assertThat(order(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(stock("CUSHION-WOOL")).isEqualTo(before);
            assertThat(page(next + "&lang=fr", shopper.session)).contains("Votre commande est annulée").contains("Annulée")
                    .contains("a été annulée avant d’être payée").contains("Aucun envoi (commande annulée)")
                    .doesNotContain("id=\"pay-now\"").doesNotContain("id=\"cancel-order\"");
            assertThat(page("/orders/" + orderId + "?lang=en", shopper.session)).contains("Cancelled").doesNotContain("Expired");
            // The payment step is closed: the card form redirects back and a card sent anyway is not charged.
            assertThat(mvc.perform(get("/pay/" + orderId).session(shopper.session)).andReturn().getResponse().getRedirectedUrl())
                    .isEqualTo("/orders/" + orderId);
            assertThat(shopper.pay(orderId, Shopper.GOOD_CARD)).isEqualTo("/orders/" + orderId);
            assertThat(order(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(ledger.contains(SettlementJournal.saleOf(order(orderId)))).isFalse();
            // Cancelling again changes nothing.
            mvc.perform(post("/orders/" + orderId + "/cancel").session(shopper.session).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(stock("CUSHION-WOOL")).isEqualTo(before);
        }

        @Test
        void another_browser_cannot_cancel_the_order() throws Exception {
            String orderId = new Shopper(mvc).add("THYME-100", 1).checkout();
            mvc.perform(post("/orders/" + orderId + "/cancel").session(new Shopper(mvc).session).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(order(orderId).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        }

        @Test
        void past_its_time_out_the_schedule_expires_the_order_returns_its_stock_and_the_page_says_it_expired()
                throws Exception {
            long before = stock("DATES-PASTE-500");
            Shopper shopper = new Shopper(mvc).add("DATES-PASTE-500", 1);
            String orderId = shopper.checkout();
            clock.advance(TIMEOUT.minusMinutes(1));
            Thread.sleep(600); // three expiry runs, none of which may touch an order still within its time-out
            assertThat(order(orderId).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId).status() == OrderStatus.CANCELLED);
            assertThat(stock("DATES-PASTE-500")).isEqualTo(before);
            assertThat(page("/orders/" + orderId + "?lang=fr", shopper.session)).contains("Expirée").contains("a expiré")
                    .doesNotContain("id=\"pay-now\"").doesNotContain("id=\"cancel-order\"");
            assertThat(page("/orders/" + orderId + "?lang=en", shopper.session)).contains("Expired").contains("not paid in time");
            assertThat(page("/orders/" + orderId + "?lang=ar", shopper.session)).contains("انتهت صلاحية هذا الطلب");
            assertThat(shopper.pay(orderId, Shopper.GOOD_CARD)).isEqualTo("/orders/" + orderId);
            assertThat(ledger.contains(SettlementJournal.saleOf(order(orderId)))).isFalse();
        }
    }

    @Nested
    class TheBackOffice {

        @Test
        void lists_unpaid_orders_with_their_expiry_and_a_way_to_cancel_them() throws Exception {
            String unpaid = new Shopper(mvc).add("VERBENA-50", 1).checkout();
            String paid = new Shopper(mvc).buyAndPay("VERBENA-50");
            String html = page("/admin?lang=fr", OPERATOR);
            String unpaidSection = html.substring(html.indexOf("id=\"unpaid-orders\""), html.indexOf("id=\"orders\""));

            assertThat(unpaidSection).contains("data-order=\"" + unpaid + "\"")
                    .contains(SHOWN.format(order(unpaid).placedAt().plus(TIMEOUT)) + " UTC")
                    .contains("href=\"/admin/orders/" + unpaid + "/cancel\"")
                    .doesNotContain("data-order=\"" + paid + "\"");
            assertThat(page("/admin?lang=en", OPERATOR)).contains("Orders awaiting payment").contains("Expires");
            assertThat(page("/admin?lang=ar", OPERATOR)).contains("طلبات في انتظار الأداء");
        }

        @Test
        void cancels_an_unpaid_order_after_a_confirmation_page() throws Exception {
            long before = stock("KAFTAN-EMB");
            String orderId = new Shopper(mvc).add("KAFTAN-EMB", 1).checkout();

            String confirm = page("/admin/orders/" + orderId + "/cancel?lang=fr", OPERATOR);
            assertThat(confirm).contains("Annuler la commande " + orderId + " ?").contains("id=\"confirm-cancel\"")
                    .contains("id=\"keep-order\"");
            assertThat(order(orderId).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(page("/admin/orders/" + orderId + "/cancel?lang=en", OPERATOR)).contains("Yes, cancel the order");

            mvc.perform(post("/admin/orders/" + orderId + "/cancel").with(OPERATOR).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            assertThat(order(orderId).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(stock("KAFTAN-EMB")).isEqualTo(before);
            String list = page("/admin?lang=fr", OPERATOR);
            assertThat(list.substring(list.indexOf("id=\"orders\""))).contains("data-order=\"" + orderId + "\"")
                    .contains("data-standing=\"CANCELLED\"");
            assertThat(list.substring(0, list.indexOf("id=\"orders\""))).doesNotContain("data-order=\"" + orderId + "\"");
            assertThat(page("/admin/orders/" + orderId + "?lang=fr", OPERATOR)).contains("Annulée")
                    .contains("aucun colis à expédier").doesNotContain("id=\"cancel-order\"");
            // The confirmation step is no longer offered.
            assertThat(mvc.perform(get("/admin/orders/" + orderId + "/cancel").with(OPERATOR)).andReturn().getResponse()
                    .getRedirectedUrl()).isEqualTo("/admin/orders/" + orderId);
        }

        @Test
        void a_paid_order_is_not_cancelled_but_refunded() throws Exception {
            String orderId = new Shopper(mvc).buyAndPay("BAG-EMB");
            assertThat(mvc.perform(get("/admin/orders/" + orderId + "/cancel").with(OPERATOR)).andReturn().getResponse()
                    .getRedirectedUrl()).isEqualTo("/admin/orders/" + orderId);
            String html = mvc.perform(post("/admin/orders/" + orderId + "/cancel").with(OPERATOR).with(csrf()))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("ALREADY_PAID");
            assertThat(order(orderId).status()).isEqualTo(OrderStatus.PAID);
        }

        @Test
        void a_cooperative_cannot_cancel_an_order() throws Exception {
            String orderId = new Shopper(mvc).add("RUG-AKHNIF-120", 1).checkout();
            mvc.perform(post("/admin/orders/" + orderId + "/cancel").with(IZOURANE).with(csrf())).andExpect(status().isForbidden());
            assertThat(order(orderId).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        }
    }

    @Nested
    class TheCooperative {

        @Test
        void an_unpaid_order_is_neither_to_ship_nor_counted_in_balances_statement_trial_balance_or_impact()
                throws Exception {
            Instant at = clock.instant();
            CooperativeBalance balance = CooperativeBalance.of(ledger, IZOURANE_ID, TaawonConfiguration.MAD, at);
            TrialBalance trial = TrialBalance.of(ledger, TaawonConfiguration.MAD);
            String impact = main(page("/admin/impact?lang=fr", OPERATOR));

            String orderId = new Shopper(mvc).add("RUG-AKHNIF-120", 1).add("CUSHION-WOOL", 1).checkout();

            assertThat(page("/dashboard?lang=fr", IZOURANE)).doesNotContain("data-order=\"" + orderId + "\"");
            assertThat(CooperativeBalance.of(ledger, IZOURANE_ID, TaawonConfiguration.MAD, at)).isEqualTo(balance);
            assertThat(TrialBalance.of(ledger, TaawonConfiguration.MAD).balances()).isEqualTo(trial.balances());
            assertThat(main(page("/admin/impact?lang=fr", OPERATOR))).isEqualTo(impact);
            assertThat(page("/dashboard/statement.csv?lang=fr", IZOURANE)).doesNotContain(orderId);
            String parcel = page("/dashboard/orders/" + orderId + "?lang=fr", IZOURANE);
            assertThat(parcel).contains("En attente de paiement").contains("En attente du paiement")
                    .doesNotContain("/dashboard/orders/" + orderId + "/ship");
            String refused = mvc.perform(post("/dashboard/orders/" + orderId + "/ship").with(IZOURANE).with(csrf()))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("INVALID_STATE");

            mvc.perform(post("/admin/orders/" + orderId + "/cancel").with(OPERATOR).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(page("/dashboard/orders/" + orderId + "?lang=en", IZOURANE)).contains("Cancelled")
                    .contains("Not sent (order cancelled)").doesNotContain("To ship");
            assertThat(page("/dashboard?lang=fr", IZOURANE)).doesNotContain("data-order=\"" + orderId + "\"");
            assertThat(TrialBalance.of(ledger, TaawonConfiguration.MAD).balances()).isEqualTo(trial.balances());
        }
    }
}
