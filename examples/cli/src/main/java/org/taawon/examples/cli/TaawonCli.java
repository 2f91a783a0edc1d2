package org.taawon.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.taawon.core.order.InMemoryPaymentGateway;

/**
 * Entry point of {@code taawon-cli.jar}. Exit status: 0 with the report on standard output; 2 for a
 * file that is not a valid scenario or a wrong command line, with one line on standard error; 1 for
 * an unexpected failure, also one line. Never a stack trace.
 */
public final class TaawonCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int INVALID = 2;

    private static final String USAGE = """
            usage: java -jar taawon-cli.jar settle [OPTIONS] FILE
                   java -jar taawon-cli.jar --help

            settle FILE   replays the settlement scenario FILE (JSON, see SETTLEMENT.md §8) through
                          Taawon: the catalogue is loaded, each checkout is placed and paid, refunds
                          are applied, payout runs pay the cooperatives, and the report (what each
                          cooperative, the platform, the processor and the customers got, the stock
                          left, the orders paid, awaiting payment and cancelled, and the rejected
                          events) is printed as JSON on standard output.

            payment:      a checkout is paid at once, at its time, unless it says "paid": false; it is
                          then placed unpaid: it holds its stock and earns nothing until a
                          {"type": "payment", "at": ..., "order": ...} event pays it (its earnings
                          count from the payment + holdDays). {"type": "cancel", ...} cancels an
                          unpaid order and returns its stock. Before each event that is not
                          OUT_OF_ORDER, unpaid orders placed paymentTimeoutMinutes (config, default 60;
                          0: never) or more before the event's time expire: they are cancelled. A
                          payment of a cancelled or expired order is rejected (ORDER_CANCELLED), and
                          so is a refund of an unpaid one (ORDER_NOT_PAID).

            options:
              --db JDBC_URL         the database (H2, PostgreSQL or MariaDB); default: an embedded
                                    in-memory H2. Taawon's tables are created by migration. A database
                                    holding part of the same scenario is resumed; one holding other
                                    data is refused.
              --db-user USER        its user
              --db-password PASS    its password
              --reset               clear Taawon's tables (and only those) first
              --payouts RAIL        none (default: payouts are recorded only), stripe (one Transfer per
                                    payout to the cooperative's stripeAccount; the key comes from the
                                    environment variable STRIPE_SECRET_KEY) or bank-file (ISO 20022
                                    pain.001 and CSV files per run, to the cooperatives' iban)
              --stripe-api-base URL Stripe's API base (default https://api.stripe.com)
              --bank-file-dir DIR   where bank files go (default ./bank-files)
              --platform-iban IBAN  the account bank transfers are paid from (default: a sample IBAN)

            Exit status: 0 report printed; 2 invalid scenario file, command line, or a database holding
            other data (one line on standard error, nothing on standard output); 1 unexpected failure.
            """;


    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TaawonCli() {
    }

    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging: send it to SLF4J, whose simple logger prints warnings only.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, DatabaseSettlementStore::open, System.getenv());
    }

    /** Runs the command line on stores opened by {@code stores} (tests replay thousands of files in memory). */
    static int run(String[] args, PrintStream out, PrintStream err, StoreOpener stores, Map<String, String> environment) {
        try {
            return dispatch(List.of(args), out, err, stores, environment);
        } catch (InvalidScenarioException e) {
            err.println("settle: invalid scenario: " + e.getMessage());
            return INVALID;
        } catch (StoreHoldsOtherDataException e) {
            err.println("settle: " + e.getMessage());
            return INVALID;
        } catch (UsageException e) {
            err.println("taawon-cli: " + e.getMessage() + " (try --help)");
            return INVALID;
        } catch (RuntimeException | IOException | StackOverflowError e) {
            err.println("settle: failed: " + oneLine(e));
            return FAILED;
        }
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err, StoreOpener stores,
                                Map<String, String> environment) throws IOException {
        if (args.isEmpty()) {
            throw new UsageException("no command");
        }
        if (args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            out.print(USAGE);
            return OK;
        }
        if (!args.get(0).equals("settle")) {
            throw new UsageException("unknown command '" + args.get(0) + "'");
        }
        ObjectNode report = settle(SettleOptions.parse(args.subList(1, args.size())), stores, environment);
        out.println(JSON.writeValueAsString(report));
        return OK;
    }

    static ObjectNode settle(SettleOptions options, StoreOpener stores, Map<String, String> environment) throws IOException {
        Path file = options.file();
        Scenario scenario;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            scenario = ScenarioFile.read(new java.io.ByteArrayInputStream(bytes));
        } catch (NoSuchFileException e) {
            throw new InvalidScenarioException("no such file: " + file);
        } catch (IOException e) {
            throw new InvalidScenarioException("cannot read " + file + ": " + e.getMessage());
        }
        try (SettlementStore store = stores.open(options.jdbcUrl(), options.user(), options.password(), options.reset())) {
            ScenarioClock clock = new ScenarioClock(java.time.Instant.EPOCH);
            SettlementRun run = new SettlementRun(scenario, store, new InMemoryPaymentGateway(), PayoutRails.of(options, clock, environment), clock);
            List<Rejection> rejected = run.run(fingerprint(bytes));
            return SettlementReport.of(scenario, store, rejected);
        }
    }

    /** Opens the store a settlement runs on. */
    @FunctionalInterface
    interface StoreOpener {
        SettlementStore open(String jdbcUrl, String user, String password, boolean reset);

        /** The core's in-memory adapters; no database options. */
        StoreOpener IN_MEMORY = (url, user, password, reset) -> {
            if (url != null) {
                throw new UsageException("--db is not available here");
            }
            return new InMemorySettlementStore();
        };
    }

    /** The scenario's identity in a store: the SHA-256 of the file's bytes. */
    static String fingerprint(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    /** A command line that does not say what to do. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
