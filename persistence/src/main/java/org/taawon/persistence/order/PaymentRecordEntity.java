package org.taawon.persistence.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.taawon.core.order.PaymentGateway;
import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_payment_record}: the gateway's last word on one payment. */
@Entity
@Table(name = "taawon_payment_record")
class PaymentRecordEntity {

    @Id
    @Column(name = "reference", length = 255)
    private String reference;

    @Column(name = "order_id", nullable = false)
    private String orderId;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "amount_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "amount_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private PaymentGateway.PaymentStatus status;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "refunded_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "refunded_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable refunded;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PaymentRecordEntity() {
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public MoneyEmbeddable getAmount() {
        return amount;
    }

    public void setAmount(MoneyEmbeddable amount) {
        this.amount = amount;
    }

    public PaymentGateway.PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentGateway.PaymentStatus status) {
        this.status = status;
    }

    public MoneyEmbeddable getRefunded() {
        return refunded;
    }

    public void setRefunded(MoneyEmbeddable refunded) {
        this.refunded = refunded;
    }

    public long getVersion() {
        return version;
    }
}
