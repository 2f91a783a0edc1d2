package org.taawon.payments.bankfile;

import java.util.Objects;
import java.util.Optional;

/**
 * The platform's account the transfers are paid from.
 *
 * @param name the platform's name as its bank knows it
 * @param iban its IBAN (checked)
 * @param bic  its bank's BIC, when the bank asks for it
 */
public record Debtor(String name, String iban, Optional<String> bic) {

    public Debtor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bic, "bic");
        iban = BankAccountNumber.parse(iban).number();
        if (name.isBlank() || name.length() > 140) {
            throw new IllegalArgumentException("the debtor's name has 1 to 140 characters");
        }
    }

    public static Debtor of(String name, String iban) {
        return new Debtor(name, iban, Optional.empty());
    }
}
