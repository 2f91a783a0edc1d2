package org.taawon.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Products} in memory. Stock moves under one lock, so takes are atomic and never oversell. */
public final class InMemoryProducts implements Products {

    private final TreeMap<Sku, Product> bySku = new TreeMap<>();

    @Override
    public synchronized Optional<Product> find(Sku sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    @Override
    public synchronized List<Product> all() {
        return List.copyOf(bySku.values());
    }

    @Override
    public synchronized void save(Product product) {
        bySku.put(product.sku(), product);
    }

    @Override
    public synchronized void takeStock(Map<Sku, Long> units) {
        List<Product> taken = new ArrayList<>(units.size());
        for (Map.Entry<Sku, Long> e : units.entrySet()) {
            taken.add(get(e.getKey()).take(e.getValue()));
        }
        taken.forEach(p -> bySku.put(p.sku(), p));
    }

    @Override
    public synchronized void returnStock(Map<Sku, Long> units) {
        List<Product> returned = new ArrayList<>(units.size());
        for (Map.Entry<Sku, Long> e : units.entrySet()) {
            returned.add(get(e.getKey()).restock(e.getValue()));
        }
        returned.forEach(p -> bySku.put(p.sku(), p));
    }
}
