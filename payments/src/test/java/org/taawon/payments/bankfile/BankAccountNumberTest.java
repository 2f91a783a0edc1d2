package org.taawon.payments.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountNumberTest {

    /** The Moroccan example of the IBAN registry: bank 011, city 519, account 0000012050005349, key 21. */
    static final String MOROCCAN_RIB = "011519000001205000534921";

    @Nested
    class Ibans {

        @Test
        void accepts_valid_ibans_written_with_or_without_blanks() {
            assertThat(BankAccountNumber.parse("MA64 0115 1900 0001 2050 0053 4921"))
                    .isEqualTo(new BankAccountNumber(BankAccountNumber.Kind.IBAN, "MA64011519000001205000534921"));
            assertThat(BankAccountNumber.parse("fr14 2004 1010 0505 0001 3m02 606").number())
                    .isEqualTo("FR1420041010050500013M02606");
            assertThat(BankAccountNumber.parse("DE89370400440532013000").kind()).isEqualTo(BankAccountNumber.Kind.IBAN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"DE89370400440532013001", "DE8937040044053201300", "XX89370400440532013000",
                "GB82WEST1234569876543", "MA65011519000001205000534921", "FR14"})
        void refuses_invalid_ibans_with_reason_invalid_iban(String iban) {
            assertThatThrownBy(() -> BankAccountNumber.parse(iban))
                    .isInstanceOfSatisfying(InvalidBankAccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidBankAccountException.INVALID_IBAN));
        }

        @Test
        void refuses_a_moroccan_iban_whose_rib_key_is_wrong_even_when_its_check_digits_hold() {
            // Same bank, city and account as the registry example, key 22 instead of 21, IBAN check digits recomputed.
            String bban = "011519000001205000534922";
            String iban = "MA" + ibanCheckDigits("MA", bban) + bban;
            assertThatThrownBy(() -> BankAccountNumber.parse(iban))
                    .isInstanceOfSatisfying(InvalidBankAccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidBankAccountException.INVALID_IBAN));
        }
    }

    @Nested
    class MoroccanRibs {

        @Test
        void accepts_the_registry_example_and_computes_its_key() {
            assertThat(BankAccountNumber.parse("011 519 0000012050005349 21"))
                    .isEqualTo(new BankAccountNumber(BankAccountNumber.Kind.RIB, MOROCCAN_RIB));
            assertThat(BankAccountNumber.ribKey(MOROCCAN_RIB.substring(0, 22))).isEqualTo("21");
        }

        @Test
        void the_key_is_97_minus_the_weighted_sum_of_bank_city_and_account_modulo_97() {
            long bank = 11;
            long city = 519;
            long account = 12_050_005_349L;
            long key = 97 - (51 * bank + 89 * city + 3 * account) % 97;
            assertThat(BankAccountNumber.ribKey(MOROCCAN_RIB.substring(0, 22))).isEqualTo(String.format("%02d", key));
        }

        @Test
        void letters_in_the_account_count_as_digits_by_the_rib_convention() {
            String withLetters = "011519" + "00000120500053AJ";
            String withDigits = "011519" + "0000012050005311";
            assertThat(BankAccountNumber.ribKey(withLetters)).isEqualTo(BankAccountNumber.ribKey(withDigits));
            assertThat(BankAccountNumber.parse(withLetters + BankAccountNumber.ribKey(withLetters)).kind())
                    .isEqualTo(BankAccountNumber.Kind.RIB);
        }

        @ParameterizedTest
        @ValueSource(strings = {"011519000001205000534922", "01151900000120500053492", "0115190000012050005349211",
                "A11519000001205000534921", "011519000001205000534 2X", "", "123 not a rib"})
        void refuses_invalid_ribs_with_reason_invalid_rib(String rib) {
            assertThatThrownBy(() -> BankAccountNumber.parse(rib))
                    .isInstanceOfSatisfying(InvalidBankAccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidBankAccountException.INVALID_RIB));
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4, 5})
        void a_rib_with_its_computed_key_is_accepted_and_any_single_changed_digit_is_refused(long seed) {
            Random random = new Random(seed);
            for (int i = 0; i < 200; i++) {
                StringBuilder body = new StringBuilder();
                for (int d = 0; d < 22; d++) {
                    body.append(random.nextInt(10));
                }
                String rib = body + BankAccountNumber.ribKey(body.toString());
                assertThat(BankAccountNumber.parse(rib).number()).as("seed %d: %s", seed, rib).isEqualTo(rib);
                int at = random.nextInt(24);
                char changed = (char) ('0' + (rib.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
                String typo = rib.substring(0, at) + changed + rib.substring(at + 1);
                assertThatThrownBy(() -> BankAccountNumber.parse(typo)).as("seed %d: %s", seed, typo)
                        .isInstanceOf(InvalidBankAccountException.class);
            }
        }
    }

    /** ISO 13616 check digits, computed here independently of iban4j. */
    static String ibanCheckDigits(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }
}
