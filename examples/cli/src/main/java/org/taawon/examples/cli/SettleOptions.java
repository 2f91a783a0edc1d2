package org.taawon.examples.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@code settle}.
 *
 * @param file         the scenario file
 * @param jdbcUrl      the database, or null for an embedded in-memory H2
 * @param user         its user
 * @param password     its password
 * @param reset        clear Taawon's tables first
 * @param payouts      where payouts go: none (recorded only), stripe or bank-file
 * @param stripeApiBase Stripe's API base (a local stand-in in tests)
 * @param bankFileDir  where bank transfer files are written
 * @param platformIban the platform's account that bank transfers are paid from
 */
record SettleOptions(Path file, String jdbcUrl, String user, String password, boolean reset, String payouts,
                     String stripeApiBase, Path bankFileDir, String platformIban) {

    static final List<String> PAYOUT_RAILS = List.of("none", "stripe", "bank-file");
    /** The IBAN registry's Moroccan example, for demos; real runs name the platform's own account. */
    static final String SAMPLE_PLATFORM_IBAN = "MA64011519000001205000534921";

    static SettleOptions parse(List<String> args) {
        Path file = null;
        String url = null;
        String user = null;
        String password = null;
        boolean reset = false;
        String payouts = "none";
        String apiBase = null;
        Path bankDir = Path.of("bank-files");
        String iban = SAMPLE_PLATFORM_IBAN;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--db" -> url = value(args, ++i, arg);
                case "--db-user" -> user = value(args, ++i, arg);
                case "--db-password" -> password = value(args, ++i, arg);
                case "--reset" -> reset = true;
                case "--payouts" -> payouts = value(args, ++i, arg);
                case "--stripe-api-base" -> apiBase = value(args, ++i, arg);
                case "--bank-file-dir" -> bankDir = Path.of(value(args, ++i, arg));
                case "--platform-iban" -> iban = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new TaawonCli.UsageException("unknown option " + arg);
                    }
                    if (file != null) {
                        throw new TaawonCli.UsageException("settle takes one FILE, got " + file + " and " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new TaawonCli.UsageException("settle needs a scenario FILE");
        }
        if (!PAYOUT_RAILS.contains(payouts)) {
            throw new TaawonCli.UsageException("--payouts takes one of " + String.join(", ", PAYOUT_RAILS) + ", not " + payouts);
        }
        return new SettleOptions(file, url, user, password, reset, payouts, apiBase, bankDir, iban);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new TaawonCli.UsageException(option + " needs a value");
        }
        return args.get(i);
    }
}
