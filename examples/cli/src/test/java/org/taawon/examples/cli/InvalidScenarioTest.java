package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not valid scenarios are refused whole: exit 2, one line on stderr, nothing on stdout. */
class InvalidScenarioTest {

    private static final String VALID = """
            {"currency": "MAD",
             "config": {"holdDays": 0},
             "cooperatives": [{"id": "coop-a", "kind": "WOMEN", "commissionBps": 800}],
             "products": [{"sku": "ARGAN", "cooperative": "coop-a", "price": 12000, "stock": 5}],
             "events": [{"type": "checkout", "at": "2026-03-01T10:00:00Z", "order": "o-1",
                         "lines": [{"sku": "ARGAN", "qty": 1}]},
                        {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void the_valid_base_file_is_accepted() throws IOException {
        CliRunner result = CliRunner.inMemory("settle", write(VALID).toString());
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("\"coop-a\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unpaid checkout, then paid       | , "paid": false | {"type": "payment", "at": "2026-03-01T10:30:00Z", "order": "o-1"}, | 1 | 0 | 0
            unpaid checkout, cancelled       | , "paid": false | {"type": "cancel", "at": "2026-03-01T10:30:00Z", "order": "o-1"},  | 0 | 0 | 1
            unpaid checkout, expired         | , "paid": false | ''                                                                  | 0 | 0 | 1
            paid at checkout, said so        | , "paid": true  | ''                                                                  | 1 | 0 | 0
            """)
    void the_payment_fields_and_events_are_read(String name, String paid, String event, int paidOrders, int awaiting,
                                                 int cancelled) throws IOException {
        String json = VALID.replace("\"order\": \"o-1\"", "\"order\": \"o-1\"" + paid)
                .replace("{\"type\": \"payoutRun\"", event + "{\"type\": \"payoutRun\"");
        CliRunner result = CliRunner.inMemory("settle", write(json).toString());
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode orders = new ObjectMapper().readTree(result.out()).get("orders");
        assertThat(orders.get("paid").asInt()).isEqualTo(paidOrders);
        assertThat(orders.get("awaitingPayment").asInt()).isEqualTo(awaiting);
        assertThat(orders.get("cancelled").asInt()).isEqualTo(cancelled);
    }

    @Test
    void a_payment_timeout_of_zero_never_expires_an_order() throws IOException {
        String json = VALID.replace("\"holdDays\": 0", "\"holdDays\": 0, \"paymentTimeoutMinutes\": 0")
                .replace("\"order\": \"o-1\"", "\"order\": \"o-1\", \"paid\": false");
        CliRunner result = CliRunner.inMemory("settle", write(json).toString());
        assertThat(result.status()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.at("/orders/awaitingPayment").asInt()).isEqualTo(1);
        assertThat(report.at("/stock/ARGAN").asInt()).isEqualTo(4);
    }

    @Test
    void times_with_an_offset_or_without_seconds_are_read_as_instants_and_printed_in_utc() throws IOException {
        String json = VALID.replace("2026-03-02T10:00:00Z", "2026-03-02T11:00+01:00");
        CliRunner result = CliRunner.inMemory("settle", write(json).toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"at\" : \"2026-03-02T10:00:00Z\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                         | '{"currency": "MAD",'                               | not valid JSON
            a JSON array                     | '[]'                                                | JSON object
            trailing garbage                 | '{"currency":"MAD","cooperatives":[],"products":[],"events":[]} x' | not valid JSON
            duplicate JSON key               | '{"currency":"MAD","currency":"EUR","cooperatives":[],"products":[],"events":[]}' | not valid JSON
            missing currency                 | '{"cooperatives":[],"products":[],"events":[]}'     | $.currency is missing
            unknown currency                 | '{"currency":"MADX","cooperatives":[],"products":[],"events":[]}' | ISO 4217
            currency without minor units     | '{"currency":"XXX","cooperatives":[],"products":[],"events":[]}' | ISO 4217
            missing events                   | '{"currency":"MAD","cooperatives":[],"products":[]}' | $.events is missing
            cooperatives not an array        | '{"currency":"MAD","cooperatives":{},"products":[],"events":[]}' | must be an array
            """)
    void a_broken_document_is_refused(String name, String json, String message) throws IOException {
        assertRefused(json, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate cooperative id  | "commissionBps": 800}]             | "commissionBps": 800}, {"id": "coop-a"}]             | duplicate cooperative id
            cooperative without id    | {"id": "coop-a", "kind"            | {"name": "x", "kind"                                  | $.cooperatives[0].id is missing
            unknown kind              | "kind": "WOMEN"                    | "kind": "ELDERS"                                      | unknown value 'ELDERS'
            commission above 10000    | "commissionBps": 800               | "commissionBps": 10001                                | 0..10000
            commission below 0        | "commissionBps": 800               | "commissionBps": -1                                   | 0..10000
            commission not an integer | "commissionBps": 800               | "commissionBps": 8.5                                  | JSON integer
            negative payout minimum   | "commissionBps": 800               | "commissionBps": 800, "payoutMinimum": -1             | payoutMinimum must not be negative
            duplicate sku             | "stock": 5}]                       | "stock": 5}, {"sku": "ARGAN", "cooperative": "coop-a", "price": 1, "stock": 1}] | duplicate sku
            product of unknown coop   | "cooperative": "coop-a", "price"   | "cooperative": "coop-z", "price"                      | no cooperative 'coop-z'
            negative price            | "price": 12000                     | "price": -1                                           | price must not be negative
            fractional price          | "price": 12000                     | "price": 120.5                                        | JSON integer
            price out of range        | "price": 12000                     | "price": 99999999999999999999                          | out of range
            negative stock            | "stock": 5                         | "stock": -5                                           | stock must not be negative
            missing stock             | , "stock": 5                       | ''                                                    | stock is missing
            product currency unknown  | "price": 12000                     | "price": 12000, "currency": "ABC"                     | ISO 4217
            default commission bad    | "holdDays": 0                      | "holdDays": 0, "defaultCommissionBps": 10001          | 0..10000
            fee rate bad              | "holdDays": 0                      | "holdDays": 0, "feeBps": -3                           | 0..10000
            negative fixed fee        | "holdDays": 0                      | "holdDays": 0, "feeFixed": -3                         | feeFixed
            unknown fee bearer        | "holdDays": 0                      | "holdDays": 0, "feeBearer": "NOBODY"                  | unknown value 'NOBODY'
            unknown shipping recipient| "holdDays": 0                      | "holdDays": 0, "shippingRecipient": "POST"            | unknown value 'POST'
            negative hold             | "holdDays": 0                      | "holdDays": -1                                        | holdDays
            unknown config key        | "holdDays": 0                      | "holdDay": 0                                          | not a configuration key
            unknown event type        | "type": "payoutRun"                | "type": "payout"                                      | unknown event type 'payout'
            event without type        | {"type": "payoutRun", "at"         | {"at"                                                 | $.events[1].type is missing
            event without time        | "type": "payoutRun", "at": "2026-03-02T10:00:00Z" | "type": "payoutRun"                    | $.events[1].at is missing
            malformed time            | 2026-03-02T10:00:00Z               | 2026-03-02 10:00                                      | ISO-8601 instant
            checkout without order    | "order": "o-1",                    | ''                                                    | $.events[0].order is missing
            checkout without lines    | "lines": [{"sku": "ARGAN", "qty": 1}] | "items": []                                        | $.events[0].lines is missing
            quantity as a string      | "qty": 1                           | "qty": "1"                                            | JSON integer
            restock not a boolean     | {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"} | {"type": "refund", "at": "2026-03-02T10:00:00Z", "order": "o-1", "lines": [], "restock": "yes"} | restock must be true or false
            refund line not an object | {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"} | {"type": "refund", "at": "2026-03-02T10:00:00Z", "order": "o-1", "lines": [3]} | $.events[1].lines[0] must be an object
            empty order id            | "order": "o-1"                     | "order": ""                                           | invalid $.events[0].order
            paid not a boolean        | "order": "o-1",                    | "order": "o-1", "paid": "no",                         | $.events[0].paid must be true or false
            paid as a number          | "order": "o-1",                    | "order": "o-1", "paid": 0,                            | $.events[0].paid must be true or false
            paid null                 | "order": "o-1",                    | "order": "o-1", "paid": null,                         | $.events[0].paid must be true or false
            payment without order     | {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"} | {"type": "payment", "at": "2026-03-02T10:00:00Z"} | $.events[1].order is missing
            cancel without order      | {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"} | {"type": "cancel", "at": "2026-03-02T10:00:00Z"} | $.events[1].order is missing
            payment order not text    | {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"} | {"type": "payment", "at": "2026-03-02T10:00:00Z", "order": 1} | $.events[1].order must be a string
            cancel order empty        | {"type": "payoutRun", "at": "2026-03-02T10:00:00Z"} | {"type": "cancel", "at": "2026-03-02T10:00:00Z", "order": ""} | invalid $.events[1].order
            negative payment timeout  | "holdDays": 0                      | "holdDays": 0, "paymentTimeoutMinutes": -1            | paymentTimeoutMinutes
            fractional payment timeout| "holdDays": 0                      | "holdDays": 0, "paymentTimeoutMinutes": 1.5           | JSON integer
            payment timeout a string  | "holdDays": 0                      | "holdDays": 0, "paymentTimeoutMinutes": "60"          | JSON integer
            """)
    void a_rule_of_the_format_broken_is_refused(String name, String from, String to, String message) throws IOException {
        assertThat(VALID).contains(from);
        assertRefused(VALID.replace(from, to), message);
    }

    @Test
    void a_missing_file_is_refused_with_its_name() {
        CliRunner result = CliRunner.inMemory("settle", dir.resolve("nowhere.json").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("nowhere.json").doesNotContain("Exception");
    }

    @Nested
    class CommandLine {

        @Test
        void help_explains_the_usage() {
            CliRunner result = CliRunner.inMemory("--help");
            assertThat(result.status()).isZero();
            assertThat(result.out()).contains("settle FILE").contains("Exit status").contains("\"paid\": false")
                    .contains("\"type\": \"payment\"").contains("\"type\": \"cancel\"").contains("paymentTimeoutMinutes");
        }

        @Test
        void no_arguments_is_a_usage_error() {
            CliRunner result = CliRunner.inMemory();
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines()).hasSize(1);
        }

        @Test
        void an_unknown_command_is_a_usage_error() {
            CliRunner result = CliRunner.inMemory("pay", "everyone");
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.err()).contains("unknown command 'pay'");
        }

        @Test
        void settle_without_a_file_is_a_usage_error() {
            CliRunner result = CliRunner.inMemory("settle");
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.err()).contains("needs a scenario FILE");
        }
    }

    private void assertRefused(String json, String message) throws IOException {
        CliRunner result = CliRunner.inMemory("settle", write(json).toString());
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
