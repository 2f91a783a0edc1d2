package org.taawon.payments.bankfile;

import java.util.Objects;

import org.taawon.core.money.Money;

/**
 * One line of a bank file: a payout to a checked account.
 *
 * @param endToEndId  the payout's id, carried back by the bank in its confirmation
 * @param runId       the payout run
 * @param cooperative the cooperative paid
 * @param holder      the account holder's name
 * @param account     the checked account number
 * @param amount      the amount
 */
public record BankTransfer(String endToEndId, String runId, String cooperative, String holder,
                           BankAccountNumber account, Money amount) {

    public BankTransfer {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }
}
