package org.taawon.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.PaymentRecord;
import org.taawon.persistence.Fixtures;

class PaymentRecordEntityMapperTest {

    private final PaymentRecordEntityMapper mapper = PaymentRecordEntityMapper.MAPPER;

    @Test
    void a_payment_record_survives_the_round_trip_in_each_status() {
        for (PaymentStatus status : PaymentStatus.values()) {
            PaymentRecord record = new PaymentRecord("pi_" + status, OrderId.of("o-1"), Fixtures.mad(29500), status, Fixtures.mad(500));

            assertThat(mapper.toDomain(mapper.toEntity(record))).isEqualTo(record);
        }
    }

    @Test
    void an_update_keeps_the_reference() {
        PaymentRecordEntity entity = mapper.toEntity(new PaymentRecord("pi_1", OrderId.of("o-1"), Fixtures.mad(1), PaymentStatus.FAILED, Fixtures.mad(0)));

        mapper.update(new PaymentRecord("pi_2", OrderId.of("o-2"), Fixtures.mad(2), PaymentStatus.SUCCEEDED, Fixtures.mad(1)), entity);

        assertThat(entity.getReference()).isEqualTo("pi_1");
        assertThat(entity.getOrderId()).isEqualTo("o-2");
    }
}
