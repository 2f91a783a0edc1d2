package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.ledger.Account;
import org.taawon.core.ledger.CooperativeBalance;
import org.taawon.core.ledger.EntryKind;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.order.FulfilmentStatus;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.Orders;
import org.taawon.core.payout.Payouts;
import org.taawon.examples.shop.web.Amounts;

@SpringBootTest
@AutoConfigureMockMvc
class CooperativeDashboardTest {

    private static final RequestPostProcessor TAFYOUCHT = user("tafyoucht").roles("COOPERATIVE");
    private static final CooperativeId TAFYOUCHT_ID = CooperativeId.of("coop-tafyoucht");

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Autowired
    LedgerEntries ledger;

    @Autowired
    Payouts payouts;

    @Autowired
    Clock clock;

    private String body(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Nested
    class Access {

        @Test
        void a_visitor_is_sent_to_the_login_page() throws Exception {
            mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith("/login")));
        }

        @Test
        void the_operator_is_not_a_cooperative() throws Exception {
            mvc.perform(get("/dashboard").with(user("operator").roles("OPERATOR"))).andExpect(status().isForbidden());
        }
    }

    @Nested
    class Dashboard {

        @Test
        void explains_in_words_an_available_balance_below_zero_after_a_refund_of_earnings_still_on_hold()
                throws Exception {
            RequestPostProcessor tamount = user("tamount").roles("COOPERATIVE");
            CooperativeId tamountId = CooperativeId.of("coop-tamount");
            assertThat(body("/dashboard?lang=fr", tamount)).doesNotContain("id=\"available-explained\"");
            String orderId = new Shopper(mvc).buyAndPay("KAFTAN-EMB");
            mvc.perform(post("/admin/orders/" + orderId + "/refund").with(user("operator").roles("OPERATOR")).with(csrf())
                    .param("line", "0").param("units", "1").param("restock", "true")).andExpect(status().is3xxRedirection());

            CooperativeBalance balance = CooperativeBalance.of(ledger, tamountId, TaawonConfiguration.MAD, clock.instant());
            assertThat(balance.available().isNegative()).as("the refund is taken at once, the sale counts after the hold")
                    .isTrue();
            String below = Amounts.in("fr", balance.available().negate());
            assertThat(body("/dashboard?lang=fr", tamount)).contains("id=\"available-explained\"")
                    .contains("Solde négatif : un remboursement de " + below + " a été déduit tout de suite")
                    .contains(Amounts.in("fr", balance.pending()) + " en attente");
            assertThat(body("/dashboard?lang=en", tamount))
                    .contains("Below zero: a refund of " + Amounts.in("en", balance.available().negate()) + " was taken at once");
            assertThat(body("/dashboard?lang=ar", tamount))
                    .contains("رصيد سالب: خصم استرجاع بقيمة " + Amounts.in("ar", balance.available().negate()));
        }

        @Test
        void shows_the_balances_the_ledger_gives() throws Exception {
            String html = body("/dashboard?lang=fr", TAFYOUCHT);
            CooperativeBalance balance = CooperativeBalance.of(ledger, TAFYOUCHT_ID, TaawonConfiguration.MAD, clock.instant());
            assertThat(html).contains("Coopérative Tafyoucht")
                    .contains(Amounts.in("fr", balance.pending()))
                    .contains(Amounts.in("fr", balance.paid()))
                    .contains("<svg");
            payouts.forCooperative(TAFYOUCHT_ID).forEach(p -> assertThat(html).contains(p.run().value()));
        }

        @Test
        void lists_paid_parcels_to_ship_and_marks_them_shipped() throws Exception {
            String orderId = new Shopper(mvc).buyAndPay("AMLOU-250", "THYME-100");
            assertThat(body("/dashboard", TAFYOUCHT)).contains("data-order=\"" + orderId + "\"");

            mvc.perform(post("/dashboard/orders/" + orderId + "/ship").with(TAFYOUCHT).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            var order = orders.get(OrderId.of(orderId));
            assertThat(order.subOrder(TAFYOUCHT_ID).orElseThrow().fulfilment()).isEqualTo(FulfilmentStatus.SHIPPED);
            assertThat(order.subOrder(CooperativeId.of("coop-azaghar")).orElseThrow().fulfilment())
                    .isEqualTo(FulfilmentStatus.AWAITING_SHIPMENT);
            assertThat(body("/dashboard", TAFYOUCHT)).doesNotContain("data-order=\"" + orderId + "\"");
        }
    }

    @Nested
    class Statements {

        @Test
        void the_csv_traces_each_sale_line_to_its_commission_in_the_ledger() throws Exception {
            String orderId = new Shopper(mvc).buyAndPay("ARGAN-COSM-100");
            String csv = body("/dashboard/statement.csv?lang=fr", TAFYOUCHT);
            var sale = ledger.find(SettlementJournal.saleOf(orders.get(OrderId.of(orderId)))).orElseThrow();
            LedgerEntry commission = sale.entries().stream()
                    .filter(e -> e.account().equals(Account.payable(TAFYOUCHT_ID)) && e.kind() == EntryKind.COMMISSION)
                    .findFirst().orElseThrow();
            assertThat(csv).startsWith("\uFEFFDate,")
                    .contains("sale:" + orderId + ",Ligne de commande,Huile d'argan cosmétique 100 ml,ARGAN-COSM-100,1,")
                    .contains("sale:" + orderId + ",Commission,,,," + commission.amount().toDecimal().toPlainString() + ",MAD")
                    .contains("Solde de clôture");
        }

        @Test
        void the_pdf_is_a_pdf_named_for_the_cooperative() throws Exception {
            var response = mvc.perform(get("/dashboard/statement.pdf?lang=fr").with(TAFYOUCHT)).andExpect(status().isOk())
                    .andReturn().getResponse();
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition")).contains("statement-coop-tafyoucht-");
            String text = new PdfTextExtractor(new PdfReader(response.getContentAsByteArray())).getTextFromPage(1);
            assertThat(text).contains("Relevé").contains("Commission");
        }

        @Test
        void the_arabic_pdf_is_shaped_right_to_left() throws Exception {
            byte[] pdf = mvc.perform(get("/dashboard/statement.pdf?lang=ar").with(TAFYOUCHT)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
            // Shaped Arabic is written with the presentation forms of U+FE70..U+FEFF (joined letters).
            assertThat(text.chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF)).as(text).isTrue();
        }

        @Test
        void a_period_without_entries_keeps_its_opening_balance() throws Exception {
            String html = body("/dashboard/statement?from=2000-01-01&to=2000-01-31&lang=en", TAFYOUCHT);
            assertThat(html).contains("Opening balance").doesNotContain("sale:");
        }
    }

    /** A cooperative never reaches another's data, whatever it puts in the URL. */
    @Nested
    class Tampering {

        private String izouraneOrder;

        @BeforeEach
        void another_cooperative_sells() throws Exception {
            izouraneOrder = new Shopper(mvc).buyAndPay("CUSHION-WOOL");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/dashboard/orders/%s", "/dashboard/orders/%s?cooperative=coop-izourane",
                                "/dashboard/payouts/%s"})
        void another_cooperatives_order_or_payout_is_404(String page) throws Exception {
            mvc.perform(get(page.formatted(izouraneOrder)).with(TAFYOUCHT)).andExpect(status().isNotFound());
        }

        @Test
        void shipping_another_cooperatives_parcel_is_404_and_changes_nothing() throws Exception {
            mvc.perform(post("/dashboard/orders/" + izouraneOrder + "/ship").with(TAFYOUCHT).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(orders.get(OrderId.of(izouraneOrder)).subOrder(CooperativeId.of("coop-izourane")).orElseThrow()
                    .fulfilment()).isEqualTo(FulfilmentStatus.AWAITING_SHIPMENT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/dashboard", "/dashboard/statement", "/dashboard/statement.csv"})
        void a_cooperative_parameter_is_ignored(String page) throws Exception {
            for (String query : List.of("?cooperative=coop-izourane", "?cooperativeId=coop-izourane", "?id=coop-izourane")) {
                // The language links repeat the query; everything else must be the cooperative's own.
                String body = body(page + query, TAFYOUCHT).replace(query.substring(1), "");
                assertThat(body).doesNotContain(izouraneOrder).doesNotContain("Coopérative Izourane")
                        .doesNotContain("coop-izourane");
            }
        }

        @Test
        void another_cooperatives_payout_run_shows_only_ones_own_payout() throws Exception {
            for (var payout : payouts.forCooperative(CooperativeId.of("coop-izourane"))) {
                var response = mvc.perform(get("/dashboard/payouts/" + payout.run().value()).with(TAFYOUCHT)).andReturn().getResponse();
                assertThat(response.getContentAsString()).doesNotContain(payout.id().value());
            }
        }

        @Test
        void the_pdf_statement_is_always_ones_own() throws Exception {
            var response = mvc.perform(get("/dashboard/statement.pdf?cooperative=coop-izourane").with(TAFYOUCHT))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getHeader("Content-Disposition")).contains("statement-coop-tafyoucht-");
            String text = new PdfTextExtractor(new PdfReader(response.getContentAsByteArray())).getTextFromPage(1);
            assertThat(text).doesNotContain(izouraneOrder).doesNotContain("Izourane");
        }
    }
}
