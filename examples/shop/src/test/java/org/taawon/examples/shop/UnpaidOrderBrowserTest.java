package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.CooperativeBalance;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.ledger.SettlementJournal;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.Payouts;
import org.taawon.persistence.support.TransactionRunner;

/**
 * The shopper who leaves the card page, in a real browser: earnings count at once (hold of 0 days),
 * yet a payout run pays nothing for the unpaid order; once the clock passes the payment time-out
 * (60 minutes) the shop's expiry run, every half second here, cancels it, its stock comes back and a
 * later shopper buys it. Also the shopper's and the operator's cancellations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"taawon.shop.hold-days=0", "taawon.shop.expiry-interval=PT0.5S"})
@Import(TestClock.Setup.class)
class UnpaidOrderBrowserTest {

    private static final Sku FIBULA = Sku.of("FIBULA-SILVER");
    private static final CooperativeId NNUQRA = CooperativeId.of("coop-nnuqra");

    @LocalServerPort
    int port;

    @Autowired
    Products products;

    @Autowired
    Orders orders;

    @Autowired
    LedgerEntries ledger;

    @Autowired
    Payouts payouts;

    @Autowired
    TransactionRunner transactions;

    @Autowired
    TestClock clock;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void start_the_browser() throws IOException {
        chromium = HeadlessChromium.start(port);
        browser = chromium.driver();
    }

    @AfterEach
    void stop_the_browser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void an_order_left_on_the_card_page_is_never_paid_out_and_expires_giving_its_last_unit_to_a_later_shopper()
            throws Exception {
        Product fibula = products.get(FIBULA);
        transactions.inTransaction(() -> products.save(new Product(fibula.sku(), fibula.cooperative(), fibula.name(),
                fibula.category(), fibula.price(), 1)));
        runPayouts(); // pays out what the sample history left available, so the next run has only today's to pay
        chromium.logOut();

        String orderId = checkOut(FIBULA);
        chromium.open("/orders/" + orderId + "?lang=fr"); // the shopper leaves the card page
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("En attente de paiement");
        assertThat(browser.findElement(By.id("pay-now")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("expires-at")).getText()).contains("UTC");
        chromium.screenshot("order-unpaid-fr");
        assertThat(products.get(FIBULA).stock()).isZero();
        Instant now = clock.instant();
        CooperativeBalance before = CooperativeBalance.of(ledger, NNUQRA, TaawonConfiguration.MAD, now);

        PayoutRunId run = runPayouts();

        assertThat(payouts.forRun(run)).noneMatch(p -> p.cooperative().equals(NNUQRA));
        assertThat(ledger.contains(SettlementJournal.saleOf(orders.get(OrderId.of(orderId))))).isFalse();
        assertThat(CooperativeBalance.of(ledger, NNUQRA, TaawonConfiguration.MAD, now)).isEqualTo(before);
        chromium.open("/admin?lang=fr");
        assertThat(browser.findElements(By.cssSelector("#unpaid-orders tr[data-order='" + orderId + "']"))).hasSize(1);
        chromium.screenshot("admin-unpaid-fr");
        chromium.logOut();

        // Another shopper finds the last unit held by the unpaid order.
        browser.manage().deleteAllCookies();
        chromium.open("/?lang=fr");
        assertThat(browser.findElement(By.cssSelector("article[data-sku='FIBULA-SILVER'] button.add")).isEnabled()).isFalse();

        clock.advance(Duration.ofMinutes(60));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b ->
                orders.get(OrderId.of(orderId)).status() == OrderStatus.CANCELLED);
        assertThat(products.get(FIBULA).stock()).isEqualTo(1);
        String later = checkOut(FIBULA);
        pay();
        assertThat(waitFor(By.id("confirmation")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Payée");
        assertThat(orders.get(OrderId.of(later)).status()).isEqualTo(OrderStatus.PAID);
        assertThat(products.get(FIBULA).stock()).isZero();

        // The first shopper's order page says it expired and offers neither payment nor cancellation.
        browser.manage().deleteAllCookies();
        chromium.logIn("operator", "operator-2026");
        chromium.open("/admin/orders/" + orderId + "?lang=en");
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Expired");
        assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".parcel-state"))).extracting(e -> e.getText())
                .containsOnly("Not sent (order cancelled)");
    }

    @Test
    void the_shopper_cancels_an_unpaid_order_from_its_page_and_the_expired_page_offers_nothing() throws Exception {
        String cancelled = checkOut(Sku.of("BRACELET-ENAMEL"));
        chromium.open("/orders/" + cancelled + "?lang=ar");
        browser.findElement(By.id("cancel-order")).click();
        assertThat(waitFor(By.id("order-cancelled-now")).getText()).isEqualTo("تم إلغاء طلبك.");
        assertThat(browser.findElements(By.id("pay-now"))).isEmpty();
        assertThat(orders.get(OrderId.of(cancelled)).status()).isEqualTo(OrderStatus.CANCELLED);

        String expiring = checkOut(Sku.of("BRACELET-ENAMEL"));
        chromium.open("/orders/" + expiring + "?lang=fr");
        clock.advance(Duration.ofMinutes(61));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> {
            b.navigate().refresh();
            return b.findElement(By.id("order-status")).getText().equals("Expirée");
        });
        assertThat(browser.findElement(By.id("order-expired")).getText()).contains("a expiré");
        assertThat(browser.findElements(By.id("pay-now"))).isEmpty();
        assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
        chromium.screenshot("order-expired-fr");
    }

    @Test
    void the_operator_cancels_an_unpaid_order_after_confirming() throws Exception {
        long stock = products.get(Sku.of("KAFTAN-EMB")).stock();
        String orderId = checkOut(Sku.of("KAFTAN-EMB"));
        browser.manage().deleteAllCookies();
        chromium.logIn("operator", "operator-2026");
        chromium.open("/admin?lang=fr");
        browser.findElement(By.cssSelector("#unpaid-orders tr[data-order='" + orderId + "'] a.cancel")).click();
        assertThat(waitFor(By.id("cancel-question")).getText()).contains(orderId);
        chromium.screenshot("admin-cancel-confirm-fr");
        assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);

        browser.findElement(By.id("confirm-cancel")).click();

        assertThat(waitFor(By.id("cancelled")).getText()).contains("annulée");
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Annulée");
        assertThat(orders.get(OrderId.of(orderId)).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(products.get(Sku.of("KAFTAN-EMB")).stock()).isEqualTo(stock);
        chromium.open("/admin?lang=fr");
        assertThat(browser.findElements(By.cssSelector("#unpaid-orders tr[data-order='" + orderId + "']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#orders tr[data-order='" + orderId + "'] td.status")).getText())
                .isEqualTo("Annulée");
    }

    /** Puts one unit in a new cart, checks out and returns the order's id, leaving the browser on the card page. */
    private String checkOut(Sku sku) {
        chromium.open("/?lang=fr");
        chromium.addToCart(sku.value());
        browser.findElement(By.id("go-checkout")).click();
        browser.findElement(By.id("name")).sendKeys("Khadija Aït");
        browser.findElement(By.id("address")).sendKeys("4 derb Lalla Azzouna");
        browser.findElement(By.id("city")).sendKeys("Marrakech 40000");
        browser.findElement(By.id("place-order")).click();
        return waitFor(By.id("order-id")).getText();
    }

    /** The element once the page that a click or a form led to shows it. */
    private WebElement waitFor(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElements(element).stream().findFirst().orElse(null));
    }

    private void pay() {
        browser.findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.id("pay-button")).click();
    }

    /** Logs the operator in (if needed), runs payouts from the back office and waits for the run to end. */
    private PayoutRunId runPayouts() {
        if (browser.findElements(By.id("logout")).isEmpty()) {
            chromium.logIn("operator", "operator-2026");
        }
        chromium.open("/admin/payouts");
        browser.findElement(By.id("run-payouts")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b ->
                "true".equals(b.findElement(By.id("run-status")).getAttribute("data-finished")));
        return PayoutRunId.of(browser.findElement(By.id("run-id")).getText());
    }
}
