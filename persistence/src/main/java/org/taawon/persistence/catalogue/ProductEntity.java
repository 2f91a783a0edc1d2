package org.taawon.persistence.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.taawon.persistence.support.MoneyEmbeddable;

/** A row of {@code taawon_product}: a product, its price and its stock. */
@Entity
@Table(name = "taawon_product")
class ProductEntity {

    @Id
    @Column(name = "sku", length = 128)
    private String sku;

    @Column(name = "cooperative_id", nullable = false)
    private String cooperative;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "category", nullable = false)
    private String category;

    @Embedded
    @AttributeOverride(name = "amountMinor", column = @Column(name = "price_minor", nullable = false))
    @AttributeOverride(name = "currency", column = @Column(name = "price_currency", nullable = false, length = 3, columnDefinition = "CHAR(3)"))
    private MoneyEmbeddable price;

    @Column(name = "stock", nullable = false)
    private long stock;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProductEntity() {
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public MoneyEmbeddable getPrice() {
        return price;
    }

    public void setPrice(MoneyEmbeddable price) {
        this.price = price;
    }

    public long getStock() {
        return stock;
    }

    public void setStock(long stock) {
        this.stock = stock;
    }

    public long getVersion() {
        return version;
    }
}
