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

/** A row of {@code taawon_order_line}: one line of an order, frozen at checkout. */
@Entity
@Table(name = "taawon_order_line")
class OrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_order_line_seq")
    @SequenceGenerator(name = "taawon_order_line_seq", sequenceName = "taawon_order_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_pk", nullable = false)
    private OrderEntity order;

    @Column(name = "line_index", nullable = false)
    private int index;

    @Column(name = "sku", nullable = false)
    private String sku;

    @Column(name = "cooperative_id", nullable = false)
    private String cooperative;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "unit_price_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "unit_price_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable unitPrice;

    @Column(name = "quantity", nullable = false)
    private long quantity;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "discount_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "discount_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable discount;

    @Column(name = "refunded_units", nullable = false)
    private long refundedUnits;

    protected OrderLineEntity() {
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

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
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

    public MoneyEmbeddable getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(MoneyEmbeddable unitPrice) {
        this.unitPrice = unitPrice;
    }

    public long getQuantity() {
        return quantity;
    }

    public void setQuantity(long quantity) {
        this.quantity = quantity;
    }

    public MoneyEmbeddable getDiscount() {
        return discount;
    }

    public void setDiscount(MoneyEmbeddable discount) {
        this.discount = discount;
    }

    public long getRefundedUnits() {
        return refundedUnits;
    }

    public void setRefundedUnits(long refundedUnits) {
        this.refundedUnits = refundedUnits;
    }
}
