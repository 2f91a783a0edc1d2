package org.taawon.core.catalogue;

import java.util.List;
import java.util.Optional;

/** Repository port: the platform's cooperatives. */
public interface Cooperatives {

    Optional<Cooperative> find(CooperativeId id);

    /** Every cooperative, in order of id. */
    List<Cooperative> all();

    /** Adds a cooperative or replaces the one with the same id. */
    void save(Cooperative cooperative);

    default Cooperative get(CooperativeId id) {
        return find(id).orElseThrow(() -> new CatalogueException(CatalogueException.UNKNOWN_COOPERATIVE,
                "no cooperative " + id));
    }
}
