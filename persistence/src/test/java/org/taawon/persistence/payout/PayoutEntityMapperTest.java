package org.taawon.persistence.payout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRun;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.persistence.Fixtures;

class PayoutEntityMapperTest {

    private final PayoutEntityMapper mapper = PayoutEntityMapper.MAPPER;
    private final PayoutRunId run = PayoutRunId.of("2026-03-08");

    @Test
    void a_run_survives_the_round_trip() {
        PayoutRun payoutRun = new PayoutRun(run, Fixtures.T0);

        assertThat(mapper.toDomain(mapper.toEntity(payoutRun))).isEqualTo(payoutRun);
    }

    @Test
    void a_payout_survives_the_round_trip_in_each_state() {
        Payout planned = Payout.planned(run, Fixtures.ARGAN, Fixtures.mad(9000),
                new PayoutDestination.BankAccount("MA64011519000001205000534921", "Tighanimine"), Fixtures.T0);
        for (Payout payout : new Payout[] {planned, planned.sending(), planned.sending().sent("tr_1"),
                planned.sending().paid("tr_1"), planned.sending().failed("NO_ACCOUNT")}) {
            assertThat(mapper.toDomain(mapper.toEntity(payout))).isEqualTo(payout);
        }
    }

    @Test
    void an_update_changes_only_what_a_payout_s_life_changes() {
        Payout planned = Payout.planned(run, Fixtures.ARGAN, Fixtures.mad(9000), new PayoutDestination.None(), Fixtures.T0);
        PayoutEntity entity = mapper.toEntity(planned);
        Payout paid = planned.sending().paid("tr_9");

        mapper.update(paid, entity);

        assertThat(mapper.toDomain(entity)).isEqualTo(paid);
    }
}
