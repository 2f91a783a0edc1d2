package org.taawon.persistence.order;

import java.util.Objects;
import java.util.Optional;

import org.taawon.core.order.PaymentRecord;
import org.taawon.core.order.PaymentRecords;
import org.taawon.persistence.support.EntityManagerAccess;

/** {@link PaymentRecords} in {@code taawon_payment_record}, keyed by the gateway's reference. */
public final class JpaPaymentRecords implements PaymentRecords {

    private static final PaymentRecordEntityMapper MAPPER = PaymentRecordEntityMapper.MAPPER;

    private final EntityManagerAccess access;

    public JpaPaymentRecords(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Optional<PaymentRecord> find(String reference) {
        return access.call(em -> Optional.ofNullable(em.find(PaymentRecordEntity.class, reference)).map(MAPPER::toDomain));
    }

    @Override
    public void save(PaymentRecord record) {
        access.run(em -> {
            PaymentRecordEntity entity = em.find(PaymentRecordEntity.class, record.reference());
            if (entity == null) {
                em.persist(MAPPER.toEntity(record));
            } else {
                MAPPER.update(record, entity);
            }
        });
    }
}
