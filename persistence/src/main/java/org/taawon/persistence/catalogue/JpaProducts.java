package org.taawon.persistence.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.taawon.core.catalogue.CatalogueException;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.persistence.support.EntityManagerAccess;

/**
 * {@link Products} in {@code taawon_product}. Stock moves by conditional updates
 * ({@code stock = stock - n ... where stock >= n}), one product at a time in sku order, so concurrent
 * checkouts lock rows in the same order and never deadlock on each other, and the database itself
 * decides who gets the last unit: stock is never oversold, whatever the isolation level.
 */
public final class JpaProducts implements Products {

    private static final ProductEntityMapper MAPPER = ProductEntityMapper.MAPPER;

    private static final String TAKE = "update ProductEntity p set p.stock = p.stock - :units, p.version = p.version + 1"
            + " where p.sku = :sku and p.stock >= :units";
    private static final String PUT_BACK = "update ProductEntity p set p.stock = p.stock + :units, p.version = p.version + 1"
            + " where p.sku = :sku";

    private final EntityManagerAccess access;

    public JpaProducts(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Optional<Product> find(Sku sku) {
        return access.call(em -> Optional.ofNullable(em.find(ProductEntity.class, sku.value())).map(MAPPER::toDomain));
    }

    @Override
    public List<Product> all() {
        return access.call(em -> em.createQuery("select p from ProductEntity p", ProductEntity.class)
                .getResultList().stream().map(MAPPER::toDomain).sorted(Comparator.comparing(Product::sku)).toList());
    }

    @Override
    public void save(Product product) {
        access.run(em -> {
            ProductEntity entity = em.find(ProductEntity.class, product.sku().value());
            if (entity == null) {
                em.persist(MAPPER.toEntity(product));
            } else {
                MAPPER.update(product, entity);
            }
        });
    }

    @Override
    public void takeStock(Map<Sku, Long> units) {
        TreeMap<Sku, Long> sorted = sortedValid(units);
        access.run(em -> {
            List<Map.Entry<Sku, Long>> taken = new ArrayList<>(sorted.size());
            try {
                for (Map.Entry<Sku, Long> e : sorted.entrySet()) {
                    if (move(em, TAKE, e.getKey(), e.getValue()) == 0) {
                        // All or nothing: what this call took goes back (its rows are still locked by us).
                        for (Map.Entry<Sku, Long> back : taken) {
                            move(em, PUT_BACK, back.getKey(), back.getValue());
                        }
                        throw refusal(em, e.getKey(), e.getValue());
                    }
                    taken.add(e);
                }
            } finally {
                forget(em, sorted);
            }
        });
    }

    @Override
    public void returnStock(Map<Sku, Long> units) {
        TreeMap<Sku, Long> sorted = sortedValid(units);
        access.run(em -> {
            List<Map.Entry<Sku, Long>> returned = new ArrayList<>(sorted.size());
            try {
                for (Map.Entry<Sku, Long> e : sorted.entrySet()) {
                    if (move(em, PUT_BACK, e.getKey(), e.getValue()) == 0) {
                        for (Map.Entry<Sku, Long> back : returned) {
                            move(em, TAKE, back.getKey(), back.getValue());
                        }
                        throw unknown(e.getKey());
                    }
                    returned.add(e);
                }
            } finally {
                forget(em, sorted);
            }
        });
    }

    private static TreeMap<Sku, Long> sortedValid(Map<Sku, Long> units) {
        TreeMap<Sku, Long> sorted = new TreeMap<>(units);
        sorted.forEach((sku, n) -> {
            if (n < 0) {
                throw new CatalogueException(CatalogueException.INVALID_QUANTITY, "cannot move " + n + " units of " + sku);
            }
        });
        return sorted;
    }

    private static int move(EntityManager em, String update, Sku sku, long units) {
        return em.createQuery(update).setParameter("units", units).setParameter("sku", sku.value()).executeUpdate();
    }

    /** Bulk updates bypass the persistence context: drop any copy of these products it holds, so the next read sees the row. */
    private static void forget(EntityManager em, TreeMap<Sku, Long> skus) {
        for (Sku sku : skus.keySet()) {
            em.detach(em.getReference(ProductEntity.class, sku.value()));
        }
    }

    private static CatalogueException refusal(EntityManager em, Sku sku, long units) {
        List<Long> stock = em.createQuery("select p.stock from ProductEntity p where p.sku = :sku", Long.class)
                .setParameter("sku", sku.value()).getResultList();
        if (stock.isEmpty()) {
            return unknown(sku);
        }
        return new CatalogueException(CatalogueException.INSUFFICIENT_STOCK,
                "only " + stock.get(0) + " units of " + sku + " in stock, " + units + " wanted");
    }

    private static CatalogueException unknown(Sku sku) {
        return new CatalogueException(CatalogueException.UNKNOWN_PRODUCT, "no product " + sku);
    }
}
