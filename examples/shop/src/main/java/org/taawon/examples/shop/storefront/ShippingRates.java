package org.taawon.examples.shop.storefront;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.money.Money;
import org.taawon.examples.shop.TaawonConfiguration;
import org.taawon.examples.shop.showcase.CooperativeProfile;
import org.taawon.examples.shop.showcase.Showcase;

/** What shipping a parcel costs: a flat rate per cooperative, since each cooperative ships its own parcel. */
@Component
public class ShippingRates {

    private final Showcase showcase;

    public ShippingRates(Showcase showcase) {
        this.showcase = showcase;
    }

    public Money forCooperative(CooperativeId cooperative) {
        return showcase.profile(cooperative).map(CooperativeProfile::shipping)
                .orElse(Money.zero(TaawonConfiguration.MAD));
    }

    public Map<CooperativeId, Money> forCooperatives(Collection<CooperativeId> cooperatives) {
        Map<CooperativeId, Money> shipping = new LinkedHashMap<>();
        cooperatives.forEach(c -> shipping.put(c, forCooperative(c)));
        return shipping;
    }
}
