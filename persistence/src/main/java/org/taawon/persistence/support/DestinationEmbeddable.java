package org.taawon.persistence.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where payouts go, flattened: {@code NONE}, {@code STRIPE} (account = the connected account id) or
 * {@code BANK} (account = IBAN or RIB, holder = its holder).
 */
@Embeddable
public class DestinationEmbeddable {

    public static final String NONE = "NONE";
    public static final String STRIPE = "STRIPE";
    public static final String BANK = "BANK";

    @Column(name = "destination_type", nullable = false, length = 16)
    private String type;

    @Column(name = "destination_account", length = 128)
    private String account;

    @Column(name = "destination_holder", length = 255)
    private String holder;

    protected DestinationEmbeddable() {
    }

    public DestinationEmbeddable(String type, String account, String holder) {
        this.type = type;
        this.account = account;
        this.holder = holder;
    }

    public String getType() {
        return type;
    }

    public String getAccount() {
        return account;
    }

    public String getHolder() {
        return holder;
    }
}
