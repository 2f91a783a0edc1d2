package org.taawon.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.taawon.core.ledger.LedgerException;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.persistence.Fixtures;
import org.taawon.persistence.support.MoneyEmbeddable;

class LedgerEntityMapperTest {

    private final LedgerEntityMapper mapper = LedgerEntityMapper.MAPPER;

    @Test
    void a_transaction_survives_the_round_trip_with_its_entries_in_order() {
        LedgerTransaction sale = Fixtures.sale("sale:o-1", Fixtures.ARGAN, 10000, Fixtures.T0);

        LedgerTransactionEntity entity = mapper.toEntity(sale);

        assertThat(mapper.toDomain(entity)).isEqualTo(sale);
        assertThat(entity.getCurrency()).isEqualTo("MAD");
        assertThat(entity.getEntries()).allSatisfy(e -> assertThat(e.getTransaction()).isSameAs(entity));
    }

    @Test
    void stored_entries_that_do_not_balance_are_refused_on_load() {
        LedgerTransactionEntity entity = mapper.toEntity(Fixtures.sale("sale:o-1", Fixtures.ARGAN, 10000, Fixtures.T0));
        entity.getEntries().get(0).setAmount(new MoneyEmbeddable(-1, "MAD"));

        assertThatThrownBy(() -> mapper.toDomain(entity)).isInstanceOf(LedgerException.class)
                .extracting(e -> ((LedgerException) e).reason()).isEqualTo(LedgerException.UNBALANCED);
    }
}
