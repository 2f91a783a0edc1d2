package org.taawon.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.core.payout.Payouts;

/**
 * The shop in a real browser: Debian's headless Chromium driven by Selenium against the shop on a
 * random port ({@link HeadlessChromium}). Earnings count at once here (hold of 0 days) so a payout run
 * can pay today's sale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "taawon.shop.hold-days=0")
class ShopBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Payouts payouts;

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
    void a_shopper_pays_two_cooperatives_in_the_sandbox_and_each_sees_its_payout_and_statement() throws Exception {
        open("/?lang=fr");
        addToCart("ARGAN-COSM-100");
        open("/");
        addToCart("DATES-MEJHOUL-1KG");
        assertThat(browser.findElements(By.cssSelector("section.cart-group"))).hasSize(2);
        screenshot("cart-fr");

        browser.findElement(By.id("go-checkout")).click();
        browser.findElement(By.id("name")).sendKeys("Fatima Zahra");
        browser.findElement(By.id("address")).sendKeys("7 rue Oued Souss");
        browser.findElement(By.id("city")).sendKeys("Agadir 80000");
        browser.findElement(By.id("place-order")).click();
        String orderId = browser.findElement(By.id("order-id")).getText();
        browser.findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.id("pay-button")).click();
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Merci");
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Payée");
        screenshot("confirmation-fr");

        logIn("operator", "operator-2026");
        open("/admin/payouts");
        browser.findElement(By.id("run-payouts")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b ->
                "true".equals(b.findElement(By.id("run-status")).getAttribute("data-finished")));
        PayoutRunId run = PayoutRunId.of(browser.findElement(By.id("run-id")).getText());
        List<String> paid = browser.findElements(By.cssSelector("#run-payouts-table tr.payout")).stream()
                .map(r -> r.getAttribute("data-cooperative")).toList();
        assertThat(paid).contains("coop-tafyoucht", "coop-palmeraie");
        screenshot("payout-run-fr");
        logOut();

        for (String[] login : List.of(new String[] {"tafyoucht", "argan-2026", "coop-tafyoucht"},
                new String[] {"palmeraie", "dattes-2026", "coop-palmeraie"})) {
            seesOwnPayoutAndStatement(login[0], login[1], CooperativeId.of(login[2]), run, orderId);
        }
    }

    private void seesOwnPayoutAndStatement(String username, String password, CooperativeId cooperative, PayoutRunId run,
                                           String orderId) throws Exception {
        logIn(username, password);
        open("/dashboard");
        List<String> shown = browser.findElements(By.cssSelector("#payouts tr.payout")).stream()
                .map(r -> r.getAttribute("data-payout")).toList();
        Payout payout = payouts.forRun(run).stream().filter(p -> p.cooperative().equals(cooperative)).findFirst().orElseThrow();
        assertThat(payout.state()).isEqualTo(PayoutState.PAID);
        assertThat(shown).contains(payout.id().value()).allMatch(id -> id.endsWith("/" + cooperative.value()));
        screenshot("dashboard-" + cooperative.value());

        browser.findElement(By.id("statement-link")).click();
        assertThat(browser.findElement(By.id("statement")).getText()).contains("sale:" + orderId).contains("payout:" + run.value());
        String csv = download(browser.findElement(By.id("statement-csv")).getAttribute("href"));
        boolean dates = cooperative.value().equals("coop-palmeraie");
        assertThat(csv).contains("payout:" + payout.id().value())
                .contains("sale:" + orderId + ",Ligne de commande,")
                .contains(dates ? "DATES-MEJHOUL-1KG" : "ARGAN-COSM-100")
                .doesNotContain(dates ? "ARGAN-COSM-100" : "DATES-MEJHOUL-1KG");
        assertThat(download(browser.findElement(By.id("statement-pdf")).getAttribute("href"))).startsWith("%PDF");
        logOut();
    }

    @Test
    void the_arabic_pages_render_right_to_left_and_stay_arabic() throws Exception {
        open("/?lang=ar");
        assertRightToLeft();
        screenshot("catalogue-ar");
        open("/products/ARGAN-COSM-100");
        assertRightToLeft();
        assertThat(browser.findElement(By.id("story")).getText()).contains("تارودانت");

        logIn("tafyoucht", "argan-2026");
        open("/dashboard");
        assertRightToLeft();
        assertThat(browser.findElement(By.id("earnings-chart")).findElements(By.cssSelector("svg rect.bar"))).hasSize(6);
        screenshot("dashboard-ar");
        open("/dashboard/statement");
        assertRightToLeft();
        screenshot("statement-ar");
    }

    private void assertRightToLeft() {
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        Object direction = ((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).direction");
        assertThat(direction).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("main")).getCssValue("direction")).isEqualTo("rtl");
    }

    private void open(String path) {
        chromium.open(path);
    }

    private void addToCart(String sku) {
        chromium.addToCart(sku);
    }

    private void logIn(String username, String password) {
        chromium.logIn(username, password);
    }

    private void logOut() {
        chromium.logOut();
    }

    /** Fetches a link with the browser's session cookie, as a download would. */
    private String download(String url) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
