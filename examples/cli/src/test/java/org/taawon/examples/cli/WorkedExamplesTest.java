package org.taawon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every worked example of SETTLEMENT.md through the real settle entry point, compared field by field. */
class WorkedExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(WorkedExamplesTest.class.getResource("/scenarios").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().forEach(files::add);
        }
        assertThat(files).as("worked examples in test resources").hasSizeGreaterThanOrEqualTo(6);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void settle_reproduces_the_worked_example_to_the_minor_unit(Path scenario) throws IOException {
        Path expectedFile = scenario.resolveSibling(scenario.getFileName().toString().replace(".json", ".expected.json"));
        CliRunner result = CliRunner.run("settle", scenario.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        JsonNode actual = JSON.readTree(result.out());
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        List<String> differences = new ArrayList<>();
        diff(actual, expected, "$", differences);
        assertThat(differences).as("differences from " + expectedFile.getFileName()).isEmpty();
    }

    static void diff(JsonNode actual, JsonNode expected, String path, List<String> out) {
        if (actual.isObject() && expected.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!actual.has(name)) {
                    out.add(path + "." + name + ": missing");
                } else {
                    diff(actual.get(name), expected.get(name), path + "." + name, out);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    out.add(path + "." + name + ": unexpected");
                }
            }
        } else if (actual.isArray() && expected.isArray()) {
            if (actual.size() != expected.size()) {
                out.add(path + ": " + actual.size() + " items, expected " + expected.size());
            }
            for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
                diff(actual.get(i), expected.get(i), path + "[" + i + "]", out);
            }
        } else if (actual.isIntegralNumber() && expected.isIntegralNumber()) {
            if (!actual.bigIntegerValue().equals(expected.bigIntegerValue())) {
                out.add(path + ": " + actual + ", expected " + expected);
            }
        } else if (!actual.equals(expected)) {
            out.add(path + ": " + actual + ", expected " + expected);
        }
    }
}
