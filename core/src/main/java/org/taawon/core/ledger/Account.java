package org.taawon.core.ledger;

import java.util.Objects;

import org.taawon.core.catalogue.CooperativeId;

/**
 * A named account of the ledger.
 *
 * @param type  its kind
 * @param owner the cooperative id for per-cooperative accounts, empty otherwise
 */
public record Account(AccountType type, String owner) implements Comparable<Account> {

    public static final Account CUSTOMERS = new Account(AccountType.CUSTOMER_CLEARING, "");
    public static final Account PLATFORM = new Account(AccountType.PLATFORM_REVENUE, "");
    public static final Account PROCESSOR = new Account(AccountType.PROCESSOR_FEES, "");

    public Account {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(owner, "owner");
        if (type.isPerCooperative() == owner.isEmpty()) {
            throw new IllegalArgumentException(type + (type.isPerCooperative() ? " needs" : " takes no") + " owner");
        }
    }

    public static Account payable(CooperativeId cooperative) {
        return new Account(AccountType.COOPERATIVE_PAYABLE, cooperative.value());
    }

    public static Account inFlight(CooperativeId cooperative) {
        return new Account(AccountType.PAYOUTS_IN_FLIGHT, cooperative.value());
    }

    public static Account paid(CooperativeId cooperative) {
        return new Account(AccountType.PAYOUTS_PAID, cooperative.value());
    }

    @Override
    public int compareTo(Account other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : owner.compareTo(other.owner);
    }

    @Override
    public String toString() {
        return owner.isEmpty() ? type.name() : type.name() + ":" + owner;
    }
}
