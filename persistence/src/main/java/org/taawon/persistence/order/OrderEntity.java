package org.taawon.persistence.order;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.PaymentMethod;
import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_order}: a placed order, with its lines, sub-orders and refunds. */
@Entity
@Table(name = "taawon_order")
class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_order_seq")
    @SequenceGenerator(name = "taawon_order_seq", sequenceName = "taawon_order_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(name = "order_id", nullable = false, length = 128)
    private String orderId;

    @Column(name = "currency", nullable = false, length = 3, columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "placed_at", nullable = false)
    private Long placedAt;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "discount_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "discount_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable discount;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 24)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private OrderStatus status;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "status_changed_at", nullable = false)
    private Long statusChangedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("index")
    private List<OrderLineEntity> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SubOrderEntity> subOrders = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<RefundEntity> refunds = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OrderEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Long getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(Long placedAt) {
        this.placedAt = placedAt;
    }

    public MoneyEmbeddable getDiscount() {
        return discount;
    }

    public void setDiscount(MoneyEmbeddable discount) {
        this.discount = discount;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    public Long getStatusChangedAt() {
        return statusChangedAt;
    }

    public void setStatusChangedAt(Long statusChangedAt) {
        this.statusChangedAt = statusChangedAt;
    }

    public List<OrderLineEntity> getLines() {
        return lines;
    }

    public List<SubOrderEntity> getSubOrders() {
        return subOrders;
    }

    public List<RefundEntity> getRefunds() {
        return refunds;
    }

    public long getVersion() {
        return version;
    }
}
