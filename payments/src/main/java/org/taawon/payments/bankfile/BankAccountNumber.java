package org.taawon.payments.bankfile;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * A checked bank account number: an IBAN (checked by iban4j, and for a Moroccan IBAN also the RIB it
 * holds) or a Moroccan RIB of 24 characters: bank (3), city (3), account (16), key (2).
 *
 * <p>The RIB key makes the whole RIB, read as a number, a multiple of 97, letters in the account
 * counting as digits by the RIB convention (A, J = 1; B, K, S = 2; ... I, R, Z = 9). For the Moroccan
 * layout that is key = 97 - ((51 * bank + 89 * city + 3 * account) mod 97): the same rule as the
 * French 89/15/3 formula, with the weights (10^21, 10^18, 10^2 mod 97) of the 3/3/16 positions.
 *
 * @param kind   IBAN or RIB
 * @param number the number without blanks, in capitals
 */
public record BankAccountNumber(Kind kind, String number) {

    public enum Kind {
        IBAN,
        RIB
    }

    private static final Pattern BLANKS_AND_HYPHENS = Pattern.compile("[\\s-]");
    /** The digit each letter A..Z stands for in a RIB. */
    private static final String RIB_LETTER_DIGITS = "12345678912345678923456789";

    public BankAccountNumber {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
    }

    /**
     * Checks {@code text}: two letters first make it an IBAN, otherwise it must be a RIB. Blanks and
     * hyphens between groups are allowed.
     *
     * @throws InvalidBankAccountException with reason INVALID_IBAN or INVALID_RIB
     */
    public static BankAccountNumber parse(String text) {
        if (text == null) {
            throw new InvalidBankAccountException(InvalidBankAccountException.INVALID_RIB, "no account number");
        }
        String compact = BLANKS_AND_HYPHENS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.length() >= 2 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1))) {
            return iban(compact);
        }
        return rib(compact);
    }

    private static BankAccountNumber iban(String iban) {
        try {
            IbanUtil.validate(iban);
        } catch (Iban4jException e) {
            throw new InvalidBankAccountException(InvalidBankAccountException.INVALID_IBAN,
                    "invalid IBAN " + iban + ": " + e.getMessage(), e);
        }
        if (iban.startsWith("MA") && !ribKeyHolds(iban.substring(4))) {
            throw new InvalidBankAccountException(InvalidBankAccountException.INVALID_IBAN,
                    "invalid IBAN " + iban + ": the RIB inside it has a wrong key");
        }
        return new BankAccountNumber(Kind.IBAN, iban);
    }

    private static BankAccountNumber rib(String rib) {
        if (rib.length() != 24 || !rib.substring(0, 6).chars().allMatch(Character::isDigit)
                || !rib.substring(22).chars().allMatch(Character::isDigit)
                || !rib.substring(6, 22).chars().allMatch(c -> Character.isDigit(c) || (c >= 'A' && c <= 'Z'))) {
            throw new InvalidBankAccountException(InvalidBankAccountException.INVALID_RIB,
                    "a RIB has 24 characters: 3-digit bank, 3-digit city, 16-character account, 2-digit key; not '" + rib + "'");
        }
        if (!ribKeyHolds(rib)) {
            throw new InvalidBankAccountException(InvalidBankAccountException.INVALID_RIB,
                    "RIB " + rib + " has a wrong key (expected " + ribKey(rib.substring(0, 22)) + ")");
        }
        return new BankAccountNumber(Kind.RIB, rib);
    }

    /** The two-digit key of a RIB's first 22 characters (bank, city, account). */
    public static String ribKey(String bankCityAccount) {
        int remainder = mod97(digits(bankCityAccount) + "00");
        if (remainder < 0) {
            throw new NumberFormatException("not a RIB: " + bankCityAccount);
        }
        return String.format("%02d", 97 - remainder);
    }

    private static boolean ribKeyHolds(String rib) {
        if (rib.length() != 24) {
            return false;
        }
        return mod97(digits(rib)) == 0;
    }

    /** The decimal number {@code digits} modulo 97, digit by digit (no BigInteger); -1 if it is not all digits. */
    private static int mod97(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        int remainder = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            remainder = (remainder * 10 + (c - '0')) % 97;
        }
        return remainder;
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                digits.append(RIB_LETTER_DIGITS.charAt(c - 'A'));
            } else {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
