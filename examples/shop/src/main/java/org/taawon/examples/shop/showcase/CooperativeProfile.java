package org.taawon.examples.shop.showcase;

import java.util.List;
import java.util.Objects;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.money.Money;

/**
 * What the shop shows of a cooperative beyond what the library keeps: its names and story in three
 * languages, the town it works from, the flat shipping of its parcels and its products' names.
 *
 * @param cooperative the library's cooperative (id, kind, region, commission)
 * @param names       its name per language
 * @param place       the town or province
 * @param story       a short story per language
 * @param shipping    what a parcel from it costs the shopper
 * @param products    its products
 */
public record CooperativeProfile(Cooperative cooperative, Texts names, Texts place, Texts story, Money shipping,
                                 List<ProductProfile> products) {

    public CooperativeProfile {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(shipping, "shipping");
        products = List.copyOf(products);
    }

    public String id() {
        return cooperative.id().value();
    }
}
