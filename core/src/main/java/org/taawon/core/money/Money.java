package org.taawon.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Currency;

/**
 * An amount of money: a whole number of minor units of one currency (centimes for MAD, cents for EUR,
 * yen for JPY). Arithmetic is exact and refuses overflow ({@link AmountOverflowException}) and mixed
 * currencies ({@link CurrencyMismatchException}); every lossy operation names its rounding mode.
 *
 * @param minor    whole minor units, may be negative (a debt, a reversal)
 * @param currency the ISO 4217 currency
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new UnsupportedCurrencyException(currency);
        }
    }

    public static Money of(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, CurrencyCodes.parse(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses a decimal amount such as {@code "120.50"} exactly; more decimals than the currency has are refused. */
    public static Money parse(String decimal, Currency currency) {
        try {
            BigDecimal value = new BigDecimal(decimal.trim());
            BigDecimal minor = value.movePointRight(currency.getDefaultFractionDigits());
            return new Money(minor.setScale(0, RoundingMode.UNNECESSARY).longValueExact(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidAmountException(decimal, currency);
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(minor, other.minor), currency);
        } catch (ArithmeticException e) {
            throw new AmountOverflowException("plus", e);
        }
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(minor, other.minor), currency);
        } catch (ArithmeticException e) {
            throw new AmountOverflowException("minus", e);
        }
    }

    public Money times(long factor) {
        try {
            return new Money(Math.multiplyExact(minor, factor), currency);
        } catch (ArithmeticException e) {
            throw new AmountOverflowException("times", e);
        }
    }

    public Money negate() {
        try {
            return new Money(Math.negateExact(minor), currency);
        } catch (ArithmeticException e) {
            throw new AmountOverflowException("negate", e);
        }
    }

    /** {@code this / divisor}, rounded with {@code mode}. */
    public Money divide(long divisor, RoundingMode mode) {
        return new Money(Rounding.divide(minor, divisor, mode), currency);
    }

    /** {@code this * numerator / denominator}, exact in between and rounded once with {@code mode}. */
    public Money multiplyDivide(long numerator, long denominator, RoundingMode mode) {
        return new Money(Rounding.multiplyDivide(minor, numerator, denominator, mode), currency);
    }

    /**
     * Splits this amount into parts proportional to {@code weights} by largest remainder: the parts sum
     * to this amount exactly, each within one minor unit of its exact share, ties to the earlier part.
     */
    public List<Money> allocate(long... weights) {
        long[] parts = Allocation.largestRemainder(minor, weights);
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(part, currency));
        }
        return Collections.unmodifiableList(result);
    }

    /** Same as {@link #allocate(long...)} with weights given as amounts of this currency. */
    public List<Money> allocate(List<Money> weights) {
        long[] w = new long[weights.size()];
        for (int i = 0; i < w.length; i++) {
            Money weight = weights.get(i);
            requireSameCurrency(weight);
            w[i] = weight.minor;
        }
        return allocate(w);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The amount in major units, exactly ({@code 12050 MAD} is {@code 120.50}). */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    public void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    /** A currency without minor units defined (such as XXX): amounts in it cannot be exact. */
    public static final class UnsupportedCurrencyException extends TaawonException {

        private static final long serialVersionUID = 1L;

        public static final String REASON = "UNSUPPORTED_CURRENCY";

        UnsupportedCurrencyException(Currency currency) {
            super(REASON, "currency " + currency.getCurrencyCode() + " has no minor unit");
        }
    }

    /** A text that is not an exact amount of the currency. */
    public static final class InvalidAmountException extends TaawonException {

        private static final long serialVersionUID = 1L;

        public static final String REASON = "INVALID_AMOUNT";

        InvalidAmountException(String text, Currency currency) {
            super(REASON, "'" + text + "' is not an exact amount of " + currency.getCurrencyCode());
        }
    }
}
