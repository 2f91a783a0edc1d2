package org.taawon.examples.shop;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A shopper with their own browser session, going through the storefront's forms. */
final class Shopper {

    static final String GOOD_CARD = "4242 4242 4242 4242";
    static final String DECLINED_CARD = "4000 0000 0000 0002";

    private final MockMvc mvc;
    final MockHttpSession session = new MockHttpSession();

    Shopper(MockMvc mvc) {
        this.mvc = mvc;
    }

    Shopper add(String sku, long quantity) throws Exception {
        mvc.perform(post("/cart/add").session(session).with(csrf()).param("sku", sku).param("quantity", Long.toString(quantity)))
                .andExpect(status().is3xxRedirection());
        return this;
    }

    /** Checks out the cart and returns the new order's id. */
    String checkout() throws Exception {
        MvcResult result = mvc.perform(post("/checkout").session(session).with(csrf())
                        .param("name", "Amina Test").param("email", "amina@example.org")
                        .param("address", "3 derb Sidi Bouloukat").param("city", "Marrakech 40000"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || !target.startsWith("/pay/")) {
            throw new AssertionError("checkout did not lead to payment but to " + target);
        }
        return target.substring("/pay/".length());
    }

    /** Pays with a sandbox card and returns where the shop sent the browser. */
    String pay(String orderId, String card) throws Exception {
        return mvc.perform(post("/pay/" + orderId).session(session).with(csrf()).param("cardNumber", card))
                .andReturn().getResponse().getRedirectedUrl();
    }

    String buyAndPay(String... skus) throws Exception {
        for (String sku : skus) {
            add(sku, 1);
        }
        String order = checkout();
        pay(order, GOOD_CARD);
        return order;
    }
}
