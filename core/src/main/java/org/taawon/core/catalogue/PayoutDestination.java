package org.taawon.core.catalogue;

import java.util.Objects;

/**
 * Where a cooperative's payouts go. The payout rail is chosen from it: a Stripe connected account,
 * a bank account paid by transfer file (for cooperatives Stripe cannot reach), or none yet, in which
 * case payouts wait.
 */
public sealed interface PayoutDestination {

    /**
     * No destination yet. A run still plans the payout; the Stripe and bank-file rails fail it and the
     * money returns to the cooperative's balance, to be paid by a later run once a destination is set.
     */
    record None() implements PayoutDestination {
    }

    /** A Stripe Connect account such as {@code acct_1Taawon...}. */
    record StripeAccount(String accountId) implements PayoutDestination {
        public StripeAccount {
            Ids.requireValid(accountId, "Stripe account id");
        }
    }

    /** A bank account: an IBAN or a Moroccan RIB, checked by the rail that pays it, and its holder. */
    record BankAccount(String accountNumber, String holder) implements PayoutDestination {
        public BankAccount {
            Ids.requireValid(accountNumber, "bank account number");
            Objects.requireNonNull(holder, "holder");
        }
    }

    static PayoutDestination none() {
        return new None();
    }
}
