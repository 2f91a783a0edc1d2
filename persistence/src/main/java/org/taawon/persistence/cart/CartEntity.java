package org.taawon.persistence.cart;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/** A row of {@code taawon_cart}: an open cart; its lines hang off it. */
@Entity
@Table(name = "taawon_cart")
class CartEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taawon_cart_seq")
    @SequenceGenerator(name = "taawon_cart_seq", sequenceName = "taawon_cart_seq", allocationSize = 50)
    private Long id;

    @NaturalId
    @Column(name = "cart_id", nullable = false, length = 128)
    private String cartId;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<CartLineEntity> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CartEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getCartId() {
        return cartId;
    }

    public void setCartId(String cartId) {
        this.cartId = cartId;
    }

    public List<CartLineEntity> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
