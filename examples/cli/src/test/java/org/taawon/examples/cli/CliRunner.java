package org.taawon.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command line in-process and keeps what it printed. */
record CliRunner(int status, String out, String err) {

    /** Through the real default: a database store (embedded H2 unless --db says otherwise). */
    static CliRunner run(String... args) {
        return run(TaawonCli::run, args);
    }

    /** On the core's in-memory adapters, for tests that settle thousands of files. */
    static CliRunner inMemory(String... args) {
        return run((a, out, err) -> TaawonCli.run(a, out, err, TaawonCli.StoreOpener.IN_MEMORY, Map.of()), args);
    }

    /** Through the real default store, with these environment variables. */
    static CliRunner withEnvironment(Map<String, String> environment, String... args) {
        return run((a, out, err) -> TaawonCli.run(a, out, err, DatabaseSettlementStore::open, environment), args);
    }

    private interface Entry {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static CliRunner run(Entry entry, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = entry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRunner(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
