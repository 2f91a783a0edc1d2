package org.taawon.persistence.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.persistence.support.DestinationEmbeddable;
import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_cooperative}: one cooperative. */
@Entity
@Table(name = "taawon_cooperative")
class CooperativeEntity {

    @Id
    @Column(name = "cooperative_id", length = 128)
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CooperativeKind kind;

    @Column(name = "region", nullable = false)
    private String region;

    @Column(name = "commission_bp")
    private Integer commissionRate;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "payout_minimum_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "payout_minimum_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable payoutMinimum;

    @Embedded
    private DestinationEmbeddable payoutDestination;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CooperativeEntity() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CooperativeKind getKind() {
        return kind;
    }

    public void setKind(CooperativeKind kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getCommissionRate() {
        return commissionRate;
    }

    public void setCommissionRate(Integer commissionRate) {
        this.commissionRate = commissionRate;
    }

    public MoneyEmbeddable getPayoutMinimum() {
        return payoutMinimum;
    }

    public void setPayoutMinimum(MoneyEmbeddable payoutMinimum) {
        this.payoutMinimum = payoutMinimum;
    }

    public DestinationEmbeddable getPayoutDestination() {
        return payoutDestination;
    }

    public void setPayoutDestination(DestinationEmbeddable payoutDestination) {
        this.payoutDestination = payoutDestination;
    }

    public long getVersion() {
        return version;
    }
}
