package org.taawon.persistence.catalogue;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.taawon.core.catalogue.CatalogueException;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.persistence.support.EntityManagerAccess;

/**
 * {@link Products} in {@code taawon_product}. Stock moves by conditional updates
 * ({@code stock = stock - n ... where stock >= n}), sent as one JDBC batch in sku order, so concurrent
 * checkouts lock rows in the same order and never deadlock on each other, and the database itself
 * decides who gets the last unit: stock is never oversold, whatever the isolation level.
 */
public final class JpaProducts implements Products {

    private static final ProductEntityMapper MAPPER = ProductEntityMapper.MAPPER;

    private static final String TAKE = "UPDATE taawon_product SET stock = stock - ?, version = version + 1"
            + " WHERE sku = ? AND stock >= ?";
    private static final String PUT_BACK = "UPDATE taawon_product SET stock = stock + ?, version = version + 1 WHERE sku = ?";

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
            try {
                boolean[] taken = move(em, TAKE, sorted);
                int refused = firstFalse(taken);
                if (refused >= 0) {
                    // All or nothing: what this call took goes back (its rows are still locked by us).
                    move(em, PUT_BACK, only(sorted, taken));
                    Sku sku = new ArrayList<>(sorted.keySet()).get(refused);
                    throw refusal(em, sku, sorted.get(sku));
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
            try {
                boolean[] returned = move(em, PUT_BACK, sorted);
                int unknown = firstFalse(returned);
                if (unknown >= 0) {
                    move(em, TAKE, only(sorted, returned));
                    throw unknown(new ArrayList<>(sorted.keySet()).get(unknown));
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

    /**
     * Runs {@code update} for each product, in the map's order, as one JDBC batch (one round trip, each
     * row still conditional), and says which rows it moved. Pending changes of the persistence context
     * are flushed first, as before any statement Hibernate does not write itself. MariaDB's driver may
     * answer a batch without per-row counts, so there the updates go one by one.
     */
    private static boolean[] move(EntityManager em, String update, Map<Sku, Long> units) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            boolean oneByOne = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
            boolean[] moved = new boolean[units.size()];
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                int i = 0;
                for (Map.Entry<Sku, Long> e : units.entrySet()) {
                    statement.setLong(1, e.getValue());
                    statement.setString(2, e.getKey().value());
                    if (TAKE.equals(update)) {
                        statement.setLong(3, e.getValue());
                    }
                    if (oneByOne) {
                        moved[i] = statement.executeUpdate() > 0;
                    } else {
                        statement.addBatch();
                    }
                    i++;
                }
                if (!oneByOne) {
                    int[] counts = statement.executeBatch();
                    for (int k = 0; k < moved.length; k++) {
                        if (counts[k] < 0) {
                            throw new IllegalStateException("the JDBC driver gave no update count for a stock update");
                        }
                        moved[k] = counts[k] > 0;
                    }
                }
            }
            return moved;
        });
    }

    private static int firstFalse(boolean[] moved) {
        for (int i = 0; i < moved.length; i++) {
            if (!moved[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The entries of {@code units} whose rows were moved. */
    private static Map<Sku, Long> only(TreeMap<Sku, Long> units, boolean[] moved) {
        Map<Sku, Long> kept = new TreeMap<>();
        int i = 0;
        for (Map.Entry<Sku, Long> e : units.entrySet()) {
            if (moved[i++]) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return kept;
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
