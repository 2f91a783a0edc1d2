package org.taawon.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taawon.persistence.Fixtures.argan;
import static org.taawon.persistence.Fixtures.mad;
import static org.taawon.persistence.Fixtures.rugs;

import java.util.Optional;

import org.taawon.core.catalogue.CatalogueException;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.TaawonException;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.Fixtures;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link Cooperatives} contract, on every adapter. */
class CooperativesContractTest {

    @OnEveryAdapter
    void a_saved_cooperative_is_found_with_every_field(Adapter adapter) {
        Cooperatives cooperatives = adapter.open().cooperatives();
        cooperatives.save(argan());
        cooperatives.save(rugs());

        assertThat(cooperatives.find(Fixtures.ARGAN)).contains(argan());
        assertThat(cooperatives.find(Fixtures.RUGS)).contains(rugs());
    }

    @OnEveryAdapter
    void saving_again_replaces_the_cooperative(Adapter adapter) {
        Cooperatives cooperatives = adapter.open().cooperatives();
        cooperatives.save(argan());
        Cooperative changed = argan().withCommissionRate(BasisPoints.of(1200)).withPayoutMinimum(mad(0))
                .withPayoutDestination(new PayoutDestination.None());

        cooperatives.save(changed);

        assertThat(cooperatives.all()).containsExactly(changed);
    }

    @OnEveryAdapter
    void all_lists_cooperatives_in_order_of_id_with_case_kept_apart(Adapter adapter) {
        Cooperatives cooperatives = adapter.open().cooperatives();
        for (String id : new String[] {"coop-b", "coop-a", "Coop-a", "coop-B"}) {
            cooperatives.save(Cooperative.of(CooperativeId.of(id), id, CooperativeKind.MIXED, "", Fixtures.MAD));
        }

        assertThat(cooperatives.all()).extracting(c -> c.id().value()).containsExactly("Coop-a", "coop-B", "coop-a", "coop-b");
    }

    @OnEveryAdapter
    void an_unknown_cooperative_is_absent_and_get_refuses_it(Adapter adapter) {
        Cooperatives cooperatives = adapter.open().cooperatives();

        assertThat(cooperatives.find(CooperativeId.of("nobody"))).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> cooperatives.get(CooperativeId.of("nobody")))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((TaawonException) e).reason()).isEqualTo(CatalogueException.UNKNOWN_COOPERATIVE);
    }
}
