package org.taawon.persistence.payout;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;
import org.taawon.core.payout.PayoutState;
import org.taawon.persistence.support.DestinationEmbeddable;
import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_payout}: one cooperative's payout in one run. */
@Entity
@Table(name = "taawon_payout")
class PayoutEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_payout_seq")
    @SequenceGenerator(name = "taawon_payout_seq", sequenceName = "taawon_payout_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(name = "payout_id", nullable = false, length = 128)
    private String payoutId;

    @Column(name = "run_id", nullable = false)
    private String run;

    @Column(name = "cooperative_id", nullable = false)
    private String cooperative;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "amount_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable amount;

    @Embedded
    private DestinationEmbeddable destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private PayoutState state;

    @Column(name = "planned_at", nullable = false)
    private Long plannedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "rail_reference")
    private String railReference;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PayoutEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getPayoutId() {
        return payoutId;
    }

    public void setPayoutId(String payoutId) {
        this.payoutId = payoutId;
    }

    public String getRun() {
        return run;
    }

    public void setRun(String run) {
        this.run = run;
    }

    public String getCooperative() {
        return cooperative;
    }

    public void setCooperative(String cooperative) {
        this.cooperative = cooperative;
    }

    public MoneyEmbeddable getAmount() {
        return amount;
    }

    public void setAmount(MoneyEmbeddable amount) {
        this.amount = amount;
    }

    public DestinationEmbeddable getDestination() {
        return destination;
    }

    public void setDestination(DestinationEmbeddable destination) {
        this.destination = destination;
    }

    public PayoutState getState() {
        return state;
    }

    public void setState(PayoutState state) {
        this.state = state;
    }

    public Long getPlannedAt() {
        return plannedAt;
    }

    public void setPlannedAt(Long plannedAt) {
        this.plannedAt = plannedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public String getRailReference() {
        return railReference;
    }

    public void setRailReference(String railReference) {
        this.railReference = railReference;
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }

    public long getVersion() {
        return version;
    }
}
