package org.taawon.core.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link Cooperatives} in memory, for tests, demos and hosts without a database. Thread-safe. */
public final class InMemoryCooperatives implements Cooperatives {

    private final ConcurrentSkipListMap<CooperativeId, Cooperative> byId = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Cooperative> find(CooperativeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Cooperative> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public void save(Cooperative cooperative) {
        byId.put(cooperative.id(), cooperative);
    }
}
