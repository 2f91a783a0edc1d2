package org.taawon.examples.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.taawon.core.payout.InMemoryPayoutRail;
import org.taawon.core.payout.PayoutRail;
import org.taawon.payments.bankfile.BankFilePayoutRail;
import org.taawon.payments.bankfile.Debtor;
import org.taawon.payments.stripe.StripeConnection;
import org.taawon.payments.stripe.StripeTransferRail;

/** The payout rail {@code --payouts} names. */
final class PayoutRails {

    static final String STRIPE_KEY_VARIABLE = "STRIPE_SECRET_KEY";

    private PayoutRails() {
    }

    static PayoutRail of(SettleOptions options, Clock clock, Map<String, String> environment) {
        return switch (options.payouts()) {
            case "stripe" -> stripe(options, environment.get(STRIPE_KEY_VARIABLE));
            case "bank-file" -> new BankFilePayoutRail(options.bankFileDir(), Debtor.of("Taawon", options.platformIban()), clock);
            default -> new InMemoryPayoutRail();
        };
    }

    private static PayoutRail stripe(SettleOptions options, String key) {
        if (key == null || key.isBlank()) {
            throw new TaawonCli.UsageException("--payouts stripe needs the environment variable " + STRIPE_KEY_VARIABLE);
        }
        StripeConnection connection = StripeConnection.of(key);
        if (options.stripeApiBase() != null) {
            connection = connection.withApiBase(options.stripeApiBase());
        }
        return StripeTransferRail.of(connection.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }
}
