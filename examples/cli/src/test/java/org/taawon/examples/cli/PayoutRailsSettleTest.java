package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taawon.payments.stripe.StripeStandIn;
import org.w3c.dom.Document;

/**
 * {@code settle --payouts stripe} against a local Stripe stand-in that injects faults (429s, stored
 * 500s, answers dropped after the transfer, timeouts): every payout reaches Stripe as exactly one
 * transfer and the report is the one of SETTLEMENT.md. {@code --payouts bank-file} writes one
 * pain.001 file per run whose transactions are the report's payouts.
 */
class PayoutRailsSettleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void stripe_pays_each_payout_exactly_once_through_injected_faults_and_the_report_is_unchanged() throws Exception {
        int faults = 0;
        for (String example : List.of("03-refunds-after-payout", "02-multi-cooperative-discount")) {
            Path scenario = withDestinations(example, "stripeAccount", "acct_");
            try (StripeStandIn stripe = StripeStandIn.start(0)) {
                // Far more faults than Stripe shows, so a handful of payouts meets each kind.
                stripe.injecting(new StripeStandIn.Faults(11, 0.25, 0.1, 0.1, 0.15, 0.0, Duration.ZERO));
                CliRunner result = CliRunner.withEnvironment(Map.of("STRIPE_SECRET_KEY", "sk_test_taawon"),
                        "settle", "--payouts", "stripe", "--stripe-api-base", stripe.apiBase(), scenario.toString());

                assertThat(result.status()).as(result.err()).isZero();
                JsonNode report = JSON.readTree(result.out());
                assertMatchesExpected(report, example);
                Map<String, Integer> transfersPerGroup = new HashMap<>();
                for (JsonObject transfer : stripe.transfers()) {
                    transfersPerGroup.merge(transfer.get("transfer_group").getAsString(), 1, Integer::sum);
                }
                assertThat(transfersPerGroup.values()).as("transfers per payout").allMatch(n -> n == 1);
                assertThat(transfersPerGroup).hasSize(payoutCount(report));
                StripeStandIn.Counts counts = stripe.counts();
                faults += counts.rateLimited() + counts.serverErrors() + counts.dropped();
            }
        }
        assertThat(faults).as("faults the stand-in injected").isPositive();
    }

    @Test
    void stripe_without_a_secret_key_is_a_usage_error() throws Exception {
        CliRunner result = CliRunner.withEnvironment(Map.of(), "settle", "--payouts", "stripe",
                withDestinations("01-single-cooperative", "stripeAccount", "acct_").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("STRIPE_SECRET_KEY");
    }

    @Test
    void bank_file_writes_one_credit_transfer_file_per_run_matching_the_report() throws Exception {
        Path scenario = withDestinations("03-refunds-after-payout", "iban", null);
        Path files = dir.resolve("bank");
        CliRunner result = CliRunner.withEnvironment(Map.of(), "settle", "--payouts", "bank-file", "--bank-file-dir",
                files.toString(), scenario.toString());

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode report = JSON.readTree(result.out());
        assertMatchesExpected(report, "03-refunds-after-payout");
        List<Path> xml = new ArrayList<>();
        try (var list = Files.list(files)) {
            list.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(xml::add);
        }
        long transactions = 0;
        long total = 0;
        for (Path file : xml) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            var amounts = doc.getElementsByTagName("InstdAmt");
            transactions += amounts.getLength();
            for (int i = 0; i < amounts.getLength(); i++) {
                total += new java.math.BigDecimal(amounts.item(i).getTextContent()).movePointRight(2).longValueExact();
            }
        }
        assertThat(xml).hasSize(2);
        assertThat(transactions).isEqualTo(payoutCount(report));
        long paidOut = 0;
        for (JsonNode coop : report.get("cooperatives")) {
            paidOut += coop.get("paidOut").asLong();
        }
        assertThat(total).isEqualTo(paidOut);
    }

    private Path withDestinations(String example, String field, String prefix) throws IOException, URISyntaxException {
        ObjectNode scenario = (ObjectNode) JSON.readTree(resource(example + ".json").toFile());
        for (JsonNode coop : scenario.get("cooperatives")) {
            ((ObjectNode) coop).put(field, prefix == null ? SettleOptions.SAMPLE_PLATFORM_IBAN : prefix + coop.get("id").asText());
        }
        Path file = dir.resolve(example + "-" + field + ".json");
        Files.writeString(file, JSON.writeValueAsString(scenario));
        return file;
    }

    private static void assertMatchesExpected(JsonNode report, String example) throws IOException, URISyntaxException {
        List<String> differences = new ArrayList<>();
        WorkedExamplesTest.diff(report, JSON.readTree(resource(example + ".expected.json").toFile()), "$", differences);
        assertThat(differences).isEmpty();
    }

    private static int payoutCount(JsonNode report) {
        int n = 0;
        for (JsonNode coop : report.get("cooperatives")) {
            n += coop.get("payouts").size();
        }
        return n;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PayoutRailsSettleTest.class.getResource("/scenarios/" + name).toURI());
    }
}
