package org.taawon.persistence.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_refunded_line}: units of one order line returned by one refund. */
@Entity
@Table(name = "taawon_refunded_line")
class RefundedLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_refunded_line_seq")
    @SequenceGenerator(name = "taawon_refunded_line_seq", sequenceName = "taawon_refunded_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "refund_pk", nullable = false)
    private RefundEntity refund;

    @Column(name = "line_index", nullable = false)
    private int line;

    @Column(name = "sku", nullable = false)
    private String sku;

    @Column(name = "cooperative_id", nullable = false)
    private String cooperative;

    @Column(name = "units_before", nullable = false)
    private long unitsBefore;

    @Column(name = "units", nullable = false)
    private long units;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "amount_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable amount;

    protected RefundedLineEntity() {
    }

    public Long getId() {
        return id;
    }

    public RefundEntity getRefund() {
        return refund;
    }

    public void setRefund(RefundEntity refund) {
        this.refund = refund;
    }

    public int getLine() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getCooperative() {
        return cooperative;
    }

    public void setCooperative(String cooperative) {
        this.cooperative = cooperative;
    }

    public long getUnitsBefore() {
        return unitsBefore;
    }

    public void setUnitsBefore(long unitsBefore) {
        this.unitsBefore = unitsBefore;
    }

    public long getUnits() {
        return units;
    }

    public void setUnits(long units) {
        this.units = units;
    }

    public MoneyEmbeddable getAmount() {
        return amount;
    }

    public void setAmount(MoneyEmbeddable amount) {
        this.amount = amount;
    }
}
