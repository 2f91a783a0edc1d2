package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taawon.persistence.TestDatabase;

/**
 * {@code settle --db} on H2, PostgreSQL and MariaDB: every worked example gives the same report as
 * in memory, a database holding part of the same scenario is resumed, and one holding other data is
 * refused unless {@code --reset}.
 */
class DatabaseSettleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> examplesOnEveryDatabase() throws IOException, URISyntaxException {
        List<Arguments> cases = new ArrayList<>();
        for (TestDatabase database : TestDatabase.values()) {
            WorkedExamplesTest.scenarios().forEach(file -> cases.add(Arguments.of(database, file)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examplesOnEveryDatabase")
    void the_worked_examples_settle_to_the_minor_unit_on_every_database(TestDatabase database, Path scenario) throws IOException {
        database.assumeReachable();
        CliRunner result = settle(database, database.freshJdbcUrl(), scenario.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        List<String> differences = new ArrayList<>();
        Path expected = scenario.resolveSibling(scenario.getFileName().toString().replace(".json", ".expected.json"));
        WorkedExamplesTest.diff(JSON.readTree(result.out()), JSON.readTree(expected.toFile()), "$", differences);
        assertThat(differences).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void settling_the_same_file_again_resumes_and_gives_the_same_report(TestDatabase database) throws Exception {
        database.assumeReachable();
        String url = database.freshJdbcUrl();
        Path scenario = example("07-unpaid-orders.json");
        CliRunner first = settle(database, url, scenario.toString());
        CliRunner again = settle(database, url, scenario.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(JSON.readTree(again.out())).isEqualTo(JSON.readTree(first.out()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void a_database_holding_another_scenario_is_refused_unless_reset(TestDatabase database) throws Exception {
        database.assumeReachable();
        String url = database.freshJdbcUrl();
        assertThat(settle(database, url, example("01-single-cooperative.json").toString()).status()).isZero();

        CliRunner refused = settle(database, url, example("04-payout-minimum.json").toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err()).contains("another scenario").contains("--reset");

        CliRunner reset = settle(database, url, example("04-payout-minimum.json").toString(), "--reset");
        assertThat(reset.status()).as(reset.err()).isZero();
        JsonNode expected = JSON.readTree(example("04-payout-minimum.expected.json").toFile());
        List<String> differences = new ArrayList<>();
        WorkedExamplesTest.diff(JSON.readTree(reset.out()), expected, "$", differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void the_default_store_is_an_embedded_database() throws Exception {
        CliRunner result = CliRunner.run("settle", example("02-multi-cooperative-discount.json").toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void an_embedded_h2_file_database_writes_each_commit_to_its_file_at_once() {
        assertThat(DatabaseSettlementStore.committingAtOnce("jdbc:h2:file:/data/settle")).isEqualTo("jdbc:h2:file:/data/settle;WRITE_DELAY=0");
        assertThat(DatabaseSettlementStore.committingAtOnce("jdbc:h2:./settle;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./settle;MODE=PostgreSQL;WRITE_DELAY=0");
        for (String unchanged : List.of("jdbc:h2:file:/data/settle;write_delay=100", "jdbc:h2:mem:settle",
                "jdbc:h2:tcp://localhost/settle", "jdbc:postgresql://localhost/test", "jdbc:mariadb://localhost/test")) {
            assertThat(DatabaseSettlementStore.committingAtOnce(unchanged)).isEqualTo(unchanged);
        }
    }

    private static CliRunner settle(TestDatabase database, String url, String... rest) {
        List<String> args = new ArrayList<>(List.of("settle", "--db", url));
        if (database.user() != null) {
            args.addAll(List.of("--db-user", database.user(), "--db-password", database.password()));
        }
        args.addAll(List.of(rest));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static Path example(String name) throws URISyntaxException {
        return Path.of(DatabaseSettleTest.class.getResource("/scenarios/" + name).toURI());
    }

}
