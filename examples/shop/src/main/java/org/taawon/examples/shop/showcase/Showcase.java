package org.taawon.examples.shop.showcase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.Sku;

/**
 * The shop's texts about cooperatives and products in three languages, looked up by the ids the
 * library uses. The library keeps one name per cooperative and product; pages ask here for the
 * shopper's language.
 */
@Component
public class Showcase {

    private final Map<CooperativeId, CooperativeProfile> profiles = new LinkedHashMap<>();
    private final Map<Sku, ProductProfile> products = new LinkedHashMap<>();

    public Showcase() {
        for (CooperativeProfile profile : SeedCatalogue.profiles()) {
            profiles.put(profile.cooperative().id(), profile);
            profile.products().forEach(p -> products.put(p.product().sku(), p));
        }
    }

    public List<CooperativeProfile> profiles() {
        return List.copyOf(profiles.values());
    }

    public Optional<CooperativeProfile> profile(CooperativeId id) {
        return Optional.ofNullable(profiles.get(id));
    }

    public String cooperativeName(CooperativeId id, String language) {
        CooperativeProfile profile = profiles.get(id);
        return profile == null ? id.value() : profile.names().in(language);
    }

    public String productName(Sku sku, String language) {
        ProductProfile profile = products.get(sku);
        return profile == null ? sku.value() : profile.names().in(language);
    }

    public String regionName(String region, String language) {
        return SeedCatalogue.regionNames(region).in(language);
    }
}
