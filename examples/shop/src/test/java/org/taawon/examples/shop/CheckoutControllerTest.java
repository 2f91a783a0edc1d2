package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.money.Money;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.examples.shop.storefront.ShippingRates;
import org.taawon.examples.shop.web.Amounts;

@SpringBootTest
@AutoConfigureMockMvc
class CheckoutControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Orders orders;

    @Autowired
    Products products;

    @Autowired
    LedgerEntries ledger;

    @Autowired
    ShippingRates shippingRates;

    @Nested
    class Cart {

        @Test
        void groups_lines_by_cooperative_with_each_ones_shipping() throws Exception {
            Shopper shopper = new Shopper(mvc).add("ARGAN-COSM-100", 2).add("AMLOU-250", 1).add("THYME-100", 3);
            String html = mvc.perform(get("/cart?lang=fr").session(shopper.session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("data-cooperative=\"coop-tafyoucht\"").contains("data-cooperative=\"coop-azaghar\"");
            assertThat(html.split("class=\"cart-group\"")).hasSize(3);
            Money expected = products.get(Sku.of("ARGAN-COSM-100")).price().times(2)
                    .plus(products.get(Sku.of("AMLOU-250")).price())
                    .plus(products.get(Sku.of("THYME-100")).price().times(3))
                    .plus(shippingRates.forCooperative(CooperativeId.of("coop-tafyoucht")))
                    .plus(shippingRates.forCooperative(CooperativeId.of("coop-azaghar")));
            assertThat(html).contains(Amounts.in("fr", expected));
        }

        @Test
        void a_form_without_its_csrf_token_is_refused() throws Exception {
            mvc.perform(post("/cart/add").param("sku", "THYME-100").param("quantity", "1")).andExpect(status().isForbidden());
        }

        @Test
        void an_invalid_quantity_is_refused_with_the_librarys_reason() throws Exception {
            String html = mvc.perform(post("/cart/add").with(csrf()).param("sku", "THYME-100").param("quantity", "0"))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("INVALID_QUANTITY");
        }
    }

    @Nested
    class Checkout {

        @Test
        void charges_catalogue_prices_whatever_the_form_sends() throws Exception {
            Shopper shopper = new Shopper(mvc).add("DATES-PASTE-500", 2);
            String orderId = mvc.perform(post("/checkout").session(shopper.session).with(csrf())
                            .param("name", "Youssef").param("address", "1 rue Zitoun").param("city", "Fès")
                            .param("price", "1").param("total", "1").param("shipping", "0").param("cooperative", "coop-azaghar"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl().substring("/pay/".length());
            Order order = orders.get(OrderId.of(orderId));
            Money price = products.get(Sku.of("DATES-PASTE-500")).price();
            assertThat(order.total()).isEqualTo(price.times(2).plus(shippingRates.forCooperative(CooperativeId.of("coop-palmeraie"))));
            assertThat(order.subOrders()).extracting(s -> s.cooperative().value()).containsExactly("coop-palmeraie");
        }

        @Test
        void an_incomplete_address_keeps_the_shopper_on_the_form() throws Exception {
            Shopper shopper = new Shopper(mvc).add("THYME-100", 1);
            String html = mvc.perform(post("/checkout").session(shopper.session).with(csrf()).param("name", "x"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Merci d’indiquer");
        }

        @Test
        void the_test_card_pays_the_order_and_the_ledger_records_the_sale() throws Exception {
            Shopper shopper = new Shopper(mvc).add("ARGAN-FOOD-250", 1).add("BAG-EMB", 1);
            String orderId = shopper.checkout();
            assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

            String next = shopper.pay(orderId, Shopper.GOOD_CARD);

            assertThat(next).isEqualTo("/orders/" + orderId + "/confirmation");
            Order order = orders.get(OrderId.of(orderId));
            assertThat(order.status()).isEqualTo(OrderStatus.PAID);
            assertThat(ledger.contains(SettlementJournal.saleOf(order))).isTrue();
            String confirmation = mvc.perform(get(next).session(shopper.session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(confirmation).contains(orderId).contains("Payée");
        }

        @Test
        void the_declined_card_cancels_the_order_returns_the_stock_and_refills_the_cart() throws Exception {
            long stockBefore = products.get(Sku.of("CUSHION-WOOL")).stock();
            Shopper shopper = new Shopper(mvc).add("CUSHION-WOOL", 2);
            String orderId = shopper.checkout();
            assertThat(products.get(Sku.of("CUSHION-WOOL")).stock()).isEqualTo(stockBefore - 2);

            String next = shopper.pay(orderId, Shopper.DECLINED_CARD);

            assertThat(next).isEqualTo("/cart?declined");
            assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(products.get(Sku.of("CUSHION-WOOL")).stock()).isEqualTo(stockBefore);
            String cart = mvc.perform(get("/cart").session(shopper.session)).andReturn().getResponse().getContentAsString();
            assertThat(cart).contains("data-sku=\"CUSHION-WOOL\"");
        }

        @Test
        void an_unknown_card_leaves_the_order_unpaid() throws Exception {
            Shopper shopper = new Shopper(mvc).add("VERBENA-50", 1);
            String orderId = shopper.checkout();
            String html = mvc.perform(post("/pay/" + orderId).session(shopper.session).with(csrf()).param("cardNumber", "1234"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("id=\"unknown-card\"");
            assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        }
    }

    @Nested
    class OrderPages {

        @Test
        void the_shopper_sees_their_order() throws Exception {
            Shopper shopper = new Shopper(mvc);
            String orderId = shopper.buyAndPay("THYME-100", "FIBULA-SILVER");
            String html = mvc.perform(get("/orders/" + orderId + "?lang=en").session(shopper.session))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains(orderId).contains("Wild thyme 100 g").contains("Berber silver fibula").contains("To ship");
        }

        @Test
        void another_browser_cannot_see_or_pay_the_order() throws Exception {
            String orderId = new Shopper(mvc).add("THYME-100", 1).checkout();
            Shopper stranger = new Shopper(mvc);
            mvc.perform(get("/orders/" + orderId).session(stranger.session)).andExpect(status().isNotFound());
            mvc.perform(get("/orders/" + orderId + "/confirmation").session(stranger.session)).andExpect(status().isNotFound());
            mvc.perform(get("/pay/" + orderId).session(stranger.session)).andExpect(status().isNotFound());
            assertThat(stranger.pay(orderId, Shopper.GOOD_CARD)).isNull();
            assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        }
    }
}
