package org.taawon.persistence.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taawon.persistence.Fixtures.mad;

import org.taawon.core.order.OrderId;
import org.taawon.core.order.PaymentGateway.PaymentStatus;
import org.taawon.core.order.PaymentRecord;
import org.taawon.core.order.PaymentRecords;
import org.taawon.persistence.Adapter;
import org.taawon.persistence.OnEveryAdapter;

/** The {@link PaymentRecords} contract, on every adapter. */
class PaymentRecordsContractTest {

    @OnEveryAdapter
    void a_saved_record_is_found_and_saving_again_replaces_it(Adapter adapter) {
        PaymentRecords records = adapter.open().paymentRecords();
        PaymentRecord record = new PaymentRecord("pi_1", OrderId.of("o-1"), mad(29500), PaymentStatus.PROCESSING, mad(0));
        records.save(record);
        records.save(new PaymentRecord("PI_1", OrderId.of("o-2"), mad(100), PaymentStatus.SUCCEEDED, mad(0)));

        PaymentRecord settled = record.withStatus(PaymentStatus.SUCCEEDED).withRefunded(mad(12000));
        records.save(settled);

        assertThat(records.find("pi_1")).contains(settled);
        assertThat(records.find("PI_1")).get().extracting(PaymentRecord::orderId).isEqualTo(OrderId.of("o-2"));
        assertThat(records.find("pi_2")).isEmpty();
    }
}
