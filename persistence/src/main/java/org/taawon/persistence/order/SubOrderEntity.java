package org.taawon.persistence.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.taawon.core.order.FulfilmentStatus;
import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_sub_order}: one cooperative's part of an order. */
@Entity
@Table(name = "taawon_sub_order")
class SubOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_sub_order_seq")
    @SequenceGenerator(name = "taawon_sub_order_seq", sequenceName = "taawon_sub_order_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_pk", nullable = false)
    private OrderEntity order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "cooperative_id", nullable = false)
    private String cooperative;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "subtotal_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "subtotal_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable subtotal;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "shipping_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "shipping_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable shipping;

    @Enumerated(EnumType.STRING)
    @Column(name = "fulfilment", nullable = false, length = 24)
    private FulfilmentStatus fulfilment;

    @Column(name = "shipped_at")
    private Long shippedAt;

    @Column(name = "delivered_at")
    private Long deliveredAt;

    @Column(name = "paid_at")
    private Long paidAt;

    protected SubOrderEntity() {
    }

    public Long getId() {
        return id;
    }

    public OrderEntity getOrder() {
        return order;
    }

    public void setOrder(OrderEntity order) {
        this.order = order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public String getCooperative() {
        return cooperative;
    }

    public void setCooperative(String cooperative) {
        this.cooperative = cooperative;
    }

    public MoneyEmbeddable getSubtotal() {
        return subtotal;
    }

    public void setSubtotal(MoneyEmbeddable subtotal) {
        this.subtotal = subtotal;
    }

    public MoneyEmbeddable getShipping() {
        return shipping;
    }

    public void setShipping(MoneyEmbeddable shipping) {
        this.shipping = shipping;
    }

    public FulfilmentStatus getFulfilment() {
        return fulfilment;
    }

    public void setFulfilment(FulfilmentStatus fulfilment) {
        this.fulfilment = fulfilment;
    }

    public Long getShippedAt() {
        return shippedAt;
    }

    public void setShippedAt(Long shippedAt) {
        this.shippedAt = shippedAt;
    }

    public Long getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Long deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public Long getPaidAt() {
        return paidAt;
    }

    public void setPaidAt(Long paidAt) {
        this.paidAt = paidAt;
    }
}
