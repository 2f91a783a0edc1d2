package org.taawon.payments.sandbox;

import java.util.Map;
import java.util.Optional;

import org.taawon.core.order.PaymentGateway.PaymentStatus;

/**
 * What a card number does in the sandbox, after Stripe's test cards: {@code 4242424242424242} (and
 * any other valid number not listed) succeeds, {@code 4000000000000002} is declined,
 * {@code 4000000000009995} has insufficient funds, {@code 4000002500003155} asks for authentication,
 * and so on. A number failing the Luhn check is refused as {@code incorrect_number}.
 *
 * @param status      what the payment becomes
 * @param declineCode Stripe's decline code when it fails
 */
public record TestCard(PaymentStatus status, Optional<String> declineCode) {

    private static final Map<String, String> DECLINES = Map.of(
            "4000000000000002", "card_declined",
            "4000000000009995", "insufficient_funds",
            "4000000000009987", "lost_card",
            "4000000000009979", "stolen_card",
            "4000000000000069", "expired_card",
            "4000000000000127", "incorrect_cvc",
            "4000000000000119", "processing_error",
            "4100000000000019", "fraudulent");

    private static final Map<String, Boolean> AUTHENTICATION = Map.of(
            "4000002500003155", true,
            "4000002760003184", true,
            "4000000000003220", true);

    public static TestCard of(String cardNumber) {
        String number = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
        if (!luhn(number)) {
            return declined("incorrect_number");
        }
        if (DECLINES.containsKey(number)) {
            return declined(DECLINES.get(number));
        }
        if (AUTHENTICATION.containsKey(number)) {
            return new TestCard(PaymentStatus.REQUIRES_ACTION, Optional.empty());
        }
        return new TestCard(PaymentStatus.SUCCEEDED, Optional.empty());
    }

    private static TestCard declined(String code) {
        return new TestCard(PaymentStatus.FAILED, Optional.of(code));
    }

    static boolean luhn(String number) {
        if (number.length() < 12 || number.length() > 19 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
