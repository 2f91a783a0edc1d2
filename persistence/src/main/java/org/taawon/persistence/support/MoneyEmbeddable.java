package org.taawon.persistence.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount of money as two columns: whole minor units and the ISO 4217 code. Entities that hold
 * several amounts rename the columns with {@code @AttributeOverride} ({@code price_minor},
 * {@code price_currency}).
 */
@Embeddable
public class MoneyEmbeddable {

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "CHAR(3)")
    private String currency;

    protected MoneyEmbeddable() {
    }

    public MoneyEmbeddable(long amountMinor, String currency) {
        this.amountMinor = amountMinor;
        this.currency = currency;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }
}
