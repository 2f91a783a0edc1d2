package org.taawon.persistence.order;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.Orders;
import org.taawon.persistence.support.DatabaseErrors;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.NaturalIds;

/**
 * {@link Orders} in {@code taawon_order} and its child tables. The unique key on {@code order_id}
 * makes a second order with the same id fail even when two checkouts race; {@link #findForUpdate}
 * takes a row lock ({@code SELECT ... FOR UPDATE}) held to the end of the caller's transaction.
 */
public final class JpaOrders implements Orders {

    private static final OrderEntityMapper MAPPER = OrderEntityMapper.MAPPER;
    private static final String EXISTS = "SELECT 1 FROM taawon_order WHERE order_id = ?";

    private final EntityManagerAccess access;

    public JpaOrders(EntityManagerAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * One indexed probe on the unique key, in plain JDBC: every checkout asks it first, and a JPQL query
     * cost several times the database's own work in the B1 profile. Orders reach the database as soon as
     * {@link #add} returns (it flushes) and are never removed, so no pending change can alter the answer.
     */
    @Override
    public boolean exists(OrderId id) {
        return access.call(em -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
                statement.setString(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        }));
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return access.call(em -> em.createQuery(
                        "select o from OrderEntity o left join fetch o.lines where o.orderId = :id", OrderEntity.class)
                .setParameter("id", id.value()).getResultList().stream().findFirst().map(MAPPER::toDomain));
    }

    @Override
    public Optional<Order> findForUpdate(OrderId id) {
        return access.call(em -> em.createQuery("select o from OrderEntity o where o.orderId = :id", OrderEntity.class)
                .setParameter("id", id.value()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst().map(MAPPER::toDomain));
    }

    @Override
    public void add(Order order) {
        access.run(em -> {
            em.persist(MAPPER.toEntity(order));
            DatabaseErrors.flush(em, () -> new OrderRejectedException(OrderRejection.DUPLICATE_ORDER,
                    "order " + order.id() + " exists"));
        });
    }

    @Override
    public void update(Order order) {
        access.run(em -> {
            OrderEntity entity = byNaturalId(em, order.id()).orElseThrow(() -> new OrderRejectedException(
                    OrderRejection.UNKNOWN_ORDER, "no order " + order.id()));
            MAPPER.update(order, entity);
            // A change to a sub-order alone must still move the order's version.
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        });
    }

    @Override
    public List<Order> forCooperative(CooperativeId cooperative) {
        return access.call(em -> em.createQuery("select o from OrderEntity o where exists"
                        + " (select 1 from SubOrderEntity s where s.order = o and s.cooperative = :cooperative)"
                        + " order by o.id", OrderEntity.class)
                .setParameter("cooperative", cooperative.value()).getResultList().stream().map(MAPPER::toDomain).toList());
    }

    /** Served from the persistence context when the order is already loaded in this transaction. */
    private static Optional<OrderEntity> byNaturalId(EntityManager em, OrderId id) {
        return NaturalIds.find(em, OrderEntity.class, id.value());
    }
}
