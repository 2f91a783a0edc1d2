package org.taawon.persistence.support;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import org.taawon.core.cart.CartId;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.ledger.TransactionId;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.CurrencyCodes;
import org.taawon.core.money.Money;
import org.taawon.core.order.OrderId;
import org.taawon.core.payout.PayoutId;
import org.taawon.core.payout.PayoutRunId;

/**
 * Conversions every mapper shares (through {@link EntityMappingConfig}): ids to their text, money to
 * its embeddable, instants to epoch nanoseconds, optionals to nullable columns. Values going to the
 * domain are built through their constructors, so their checks run on every load.
 */
public class CommonMappings {

    public String cooperativeId(CooperativeId id) {
        return id == null ? null : id.value();
    }

    public CooperativeId cooperativeId(String value) {
        return value == null ? null : CooperativeId.of(value);
    }

    public String sku(Sku sku) {
        return sku == null ? null : sku.value();
    }

    public Sku sku(String value) {
        return value == null ? null : Sku.of(value);
    }

    public String cartId(CartId id) {
        return id == null ? null : id.value();
    }

    public CartId cartId(String value) {
        return value == null ? null : CartId.of(value);
    }

    public String orderId(OrderId id) {
        return id == null ? null : id.value();
    }

    public OrderId orderId(String value) {
        return value == null ? null : OrderId.of(value);
    }

    public String transactionId(TransactionId id) {
        return id == null ? null : id.value();
    }

    public TransactionId transactionId(String value) {
        return value == null ? null : TransactionId.of(value);
    }

    public String payoutId(PayoutId id) {
        return id == null ? null : id.value();
    }

    public PayoutId payoutId(String value) {
        return value == null ? null : new PayoutId(value);
    }

    public String payoutRunId(PayoutRunId id) {
        return id == null ? null : id.value();
    }

    public PayoutRunId payoutRunId(String value) {
        return value == null ? null : PayoutRunId.of(value);
    }

    public String currencyCode(Currency currency) {
        return currency == null ? null : currency.getCurrencyCode();
    }

    public Currency currency(String code) {
        return code == null ? null : CurrencyCodes.parse(code.trim());
    }

    public MoneyEmbeddable money(Money money) {
        return money == null ? null : new MoneyEmbeddable(money.minor(), money.currency().getCurrencyCode());
    }

    public Money money(MoneyEmbeddable money) {
        return money == null ? null : Money.of(money.getAmountMinor(), currency(money.getCurrency()));
    }

    public Long epochNanos(Instant instant) {
        return instant == null ? null : EpochNanos.of(instant);
    }

    public Instant instant(Long nanos) {
        return nanos == null ? null : EpochNanos.toInstant(nanos);
    }

    public Long optionalEpochNanos(Optional<Instant> instant) {
        return instant.map(EpochNanos::of).orElse(null);
    }

    public Optional<Instant> optionalInstant(Long nanos) {
        return Optional.ofNullable(nanos).map(EpochNanos::toInstant);
    }

    public String optionalText(Optional<String> text) {
        return text.orElse(null);
    }

    public Optional<String> optionalText(String text) {
        return Optional.ofNullable(text);
    }

    public Integer basisPoints(Optional<BasisPoints> rate) {
        return rate.map(BasisPoints::value).orElse(null);
    }

    public Optional<BasisPoints> basisPoints(Integer value) {
        return Optional.ofNullable(value).map(BasisPoints::of);
    }

    public DestinationEmbeddable destination(PayoutDestination destination) {
        if (destination instanceof PayoutDestination.StripeAccount stripe) {
            return new DestinationEmbeddable(DestinationEmbeddable.STRIPE, stripe.accountId(), null);
        }
        if (destination instanceof PayoutDestination.BankAccount bank) {
            return new DestinationEmbeddable(DestinationEmbeddable.BANK, bank.accountNumber(), bank.holder());
        }
        return new DestinationEmbeddable(DestinationEmbeddable.NONE, null, null);
    }

    public PayoutDestination destination(DestinationEmbeddable destination) {
        return switch (destination.getType()) {
            case DestinationEmbeddable.STRIPE -> new PayoutDestination.StripeAccount(destination.getAccount());
            case DestinationEmbeddable.BANK -> new PayoutDestination.BankAccount(destination.getAccount(),
                    destination.getHolder() == null ? "" : destination.getHolder());
            case DestinationEmbeddable.NONE -> new PayoutDestination.None();
            default -> throw new IllegalStateException("unknown payout destination type " + destination.getType());
        };
    }
}
