package org.taawon.persistence.order;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of {@code taawon_refund}: one refund of an order, with its refunded lines. */
@Entity
@Table(name = "taawon_refund")
class RefundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_refund_seq")
    @SequenceGenerator(name = "taawon_refund_seq", sequenceName = "taawon_refund_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_pk", nullable = false)
    private OrderEntity order;

    @Column(name = "refund_number", nullable = false)
    private int number;

    @Column(name = "refunded_at", nullable = false)
    private Long at;

    @Column(name = "restock", nullable = false)
    private boolean restock;

    @OneToMany(mappedBy = "refund", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("line")
    private List<RefundedLineEntity> lines = new ArrayList<>();

    protected RefundEntity() {
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

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public Long getAt() {
        return at;
    }

    public void setAt(Long at) {
        this.at = at;
    }

    public boolean getRestock() {
        return restock;
    }

    public void setRestock(boolean restock) {
        this.restock = restock;
    }

    public List<RefundedLineEntity> getLines() {
        return lines;
    }
}
