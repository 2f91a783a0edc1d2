package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.RoundingMode;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.Money;
import org.taawon.core.money.MoneyFormat;
import org.taawon.examples.shop.web.WebConfiguration;

@SpringBootTest
@AutoConfigureMockMvc
class StorefrontControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Products products;

    @Autowired
    Cooperatives cooperatives;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Nested
    class Languages {

        @ParameterizedTest
        @ValueSource(strings = {"/", "/cart", "/cooperatives", "/?lang=fr", "/?lang=en", "/products/DATES-MEJHOUL-1KG", "/login"})
        void storefront_pages_answer_200(String url) throws Exception {
            mvc.perform(get(url)).andExpect(status().isOk());
        }

        @Test
        void french_is_the_default_and_left_to_right() throws Exception {
            String html = page("/");
            assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Produits des coopératives");
        }

        @Test
        void arabic_pages_are_right_to_left_with_arabic_amounts() throws Exception {
            String html = page("/?lang=ar");
            Money price = products.get(Sku.of("ARGAN-COSM-100")).price();
            assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains("منتجات التعاونيات")
                    .contains(MoneyFormat.of(MoneyFormat.ARABIC_MOROCCO).format(price));
        }

        @Test
        void the_chosen_language_is_remembered_in_a_cookie() throws Exception {
            MvcResult first = mvc.perform(get("/?lang=en")).andExpect(status().isOk()).andReturn();
            Cookie cookie = first.getResponse().getCookie(WebConfiguration.LANGUAGE_COOKIE);
            assertThat(cookie).isNotNull();
            String next = mvc.perform(get("/cooperatives").cookie(cookie)).andReturn().getResponse().getContentAsString();
            assertThat(next).contains("<html lang=\"en\" dir=\"ltr\">").contains("The cooperatives");
        }

        @Test
        void the_language_links_keep_the_page_and_its_filters() throws Exception {
            assertThat(page("/?kind=YOUTH&category=dates")).contains("href=\"/?kind=YOUTH&amp;category=dates&amp;lang=ar\"");
        }

        @Test
        void an_unknown_language_falls_back_to_french() throws Exception {
            assertThat(page("/?lang=xx")).contains("<html lang=\"fr\" dir=\"ltr\">");
        }
    }

    @Nested
    class Catalogue {

        @Test
        void filters_by_cooperative() throws Exception {
            String html = page("/?cooperative=coop-palmeraie");
            assertThat(html).contains("data-sku=\"DATES-MEJHOUL-1KG\"").contains("data-sku=\"DATES-PASTE-500\"")
                    .doesNotContain("data-sku=\"ARGAN-COSM-100\"");
        }

        @Test
        void filters_by_region() throws Exception {
            String html = page("/?region=Souss-Massa");
            assertThat(html).contains("data-sku=\"ARGAN-FOOD-250\"").doesNotContain("data-sku=\"RUG-AKHNIF-120\"");
        }

        @Test
        void filters_by_kind_women_or_youth() throws Exception {
            String youth = page("/?kind=YOUTH");
            assertThat(youth).contains("data-sku=\"DATES-PASTE-500\"").contains("data-sku=\"FIBULA-SILVER\"")
                    .doesNotContain("data-sku=\"KAFTAN-EMB\"").doesNotContain("data-sku=\"THYME-100\"");
            String women = page("/?kind=WOMEN");
            assertThat(women).contains("data-sku=\"KAFTAN-EMB\"").doesNotContain("data-sku=\"DATES-PASTE-500\"");
        }

        @Test
        void filters_by_category() throws Exception {
            String html = page("/?category=jewellery");
            assertThat(html).contains("data-sku=\"BRACELET-ENAMEL\"").doesNotContain("data-sku=\"AMLOU-250\"");
        }

        @Test
        void lists_every_cooperative_with_its_story() throws Exception {
            String html = page("/cooperatives?lang=fr");
            cooperatives.all().forEach(c -> assertThat(html).contains("data-id=\"" + c.id().value() + "\""));
            assertThat(html).contains("Tinghir").contains("Zagora").contains("Al Haouz");
        }
    }

    @Nested
    class ProductPage {

        @Test
        void shows_the_share_of_the_price_that_reaches_the_cooperative() throws Exception {
            Product argan = products.get(Sku.of("ARGAN-COSM-100"));
            int rate = cooperatives.get(argan.cooperative()).commissionRate().orElseThrow().value();
            Money commission = argan.price().multiplyDivide(rate, 10_000, RoundingMode.HALF_EVEN);
            MoneyFormat fr = MoneyFormat.of(MoneyFormat.FRENCH_MOROCCO);
            String html = page("/products/ARGAN-COSM-100?lang=fr");
            assertThat(html).contains(fr.format(argan.price().minus(commission)))
                    .contains(fr.format(commission))
                    .contains("Taroudant");
        }

        @Test
        void an_unknown_product_is_404() throws Exception {
            mvc.perform(get("/products/NO-SUCH-THING")).andExpect(status().isNotFound());
        }
    }
}
