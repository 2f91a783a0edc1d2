package org.taawon.persistence.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Session;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.order.Order;
import org.taawon.core.order.OrderLine;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.OrderRejection;
import org.taawon.core.order.OrderStatus;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentMethod;
import org.taawon.core.order.SubOrder;
import org.taawon.persistence.support.DatabaseErrors;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.EpochNanos;
import org.taawon.persistence.support.NaturalIds;
import org.taawon.persistence.support.SequenceIds;

/**
 * {@link Orders} in {@code taawon_order} and its child tables. The unique key on {@code order_id}
 * makes a second order with the same id fail even when two checkouts race; {@link #findForUpdate}
 * takes a row lock ({@code SELECT ... FOR UPDATE}) held to the end of the caller's transaction.
 */
public final class JpaOrders implements Orders {

    private static final OrderEntityMapper MAPPER = OrderEntityMapper.MAPPER;
    private static final String EXISTS = "SELECT 1 FROM taawon_order WHERE order_id = ?";
    private static final String INSERT_ORDER = "INSERT INTO taawon_order (id, order_id, currency, placed_at, discount_minor,"
            + " discount_currency, status, payment_reference, status_changed_at, payment_method, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_LINE = "INSERT INTO taawon_order_line (id, order_pk, line_index, sku, cooperative_id,"
            + " unit_price_minor, unit_price_currency, quantity, discount_minor, discount_currency, refunded_units)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SUB_ORDER = "INSERT INTO taawon_sub_order (id, order_pk, line_no, cooperative_id,"
            + " subtotal_minor, subtotal_currency, shipping_minor, shipping_currency, fulfilment, shipped_at, delivered_at,"
            + " paid_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    /**
     * A placed order goes in as three JDBC statements on the transaction's connection (the order row, its
     * lines in one batch, its sub-orders in one batch), with ids from the entities' own sequences: the
     * same rows Hibernate would write, without building entities that the checkout never reads again,
     * cascading over them and dirty-checking them at every later flush of the transaction (most of a
     * checkout's Hibernate time in the B1 profile). The rows reach the database before this returns, so
     * {@link #exists}, {@link #find} and {@link #update} in the same transaction see them. An order that
     * already carries refunds (never the case at checkout) goes through Hibernate.
     */
    @Override
    public void add(Order order) {
        access.run(em -> {
            if (!order.refunds().isEmpty()) {
                em.persist(MAPPER.toEntity(order));
                DatabaseErrors.flush(em, () -> duplicate(order, null));
                return;
            }
            long orderPk = SequenceIds.next(em, OrderEntity.class);
            long[] linePks = new long[order.lines().size()];
            for (int i = 0; i < linePks.length; i++) {
                linePks[i] = SequenceIds.next(em, OrderLineEntity.class);
            }
            long[] subOrderPks = new long[order.subOrders().size()];
            for (int i = 0; i < subOrderPks.length; i++) {
                subOrderPks[i] = SequenceIds.next(em, SubOrderEntity.class);
            }
            em.unwrap(Session.class).doWork(connection -> {
                try {
                    insertOrder(connection, order, orderPk);
                } catch (SQLException e) {
                    if (DatabaseErrors.isUniqueViolation(e)) {
                        throw duplicate(order, e);
                    }
                    throw e;
                }
                insertLines(connection, order, orderPk, linePks);
                insertSubOrders(connection, order, orderPk, subOrderPks);
            });
        });
    }

    private static OrderRejectedException duplicate(Order order, Throwable cause) {
        OrderRejectedException refused = new OrderRejectedException(OrderRejection.DUPLICATE_ORDER, "order " + order.id() + " exists");
        if (cause != null) {
            refused.initCause(cause);
        }
        return refused;
    }

    private static void insertOrder(Connection connection, Order order, long orderPk) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_ORDER)) {
            s.setLong(1, orderPk);
            s.setString(2, order.id().value());
            s.setString(3, order.currency().getCurrencyCode());
            s.setLong(4, EpochNanos.of(order.placedAt()));
            s.setLong(5, order.discount().minor());
            s.setString(6, order.discount().currency().getCurrencyCode());
            s.setString(7, order.status().name());
            if (order.paymentReference().isPresent()) {
                s.setString(8, order.paymentReference().get());
            } else {
                s.setNull(8, Types.VARCHAR);
            }
            s.setLong(9, EpochNanos.of(order.statusChangedAt()));
            s.setString(10, order.method().name());
            s.executeUpdate();
        }
    }

    private static void insertLines(Connection connection, Order order, long orderPk, long[] pks) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_LINE)) {
            List<OrderLine> lines = order.lines();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                s.setLong(1, pks[i]);
                s.setLong(2, orderPk);
                s.setInt(3, line.index());
                s.setString(4, line.sku().value());
                s.setString(5, line.cooperative().value());
                s.setLong(6, line.unitPrice().minor());
                s.setString(7, line.unitPrice().currency().getCurrencyCode());
                s.setLong(8, line.quantity());
                s.setLong(9, line.discount().minor());
                s.setString(10, line.discount().currency().getCurrencyCode());
                s.setLong(11, line.refundedUnits());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertSubOrders(Connection connection, Order order, long orderPk, long[] pks) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT_SUB_ORDER)) {
            List<SubOrder> subOrders = order.subOrders();
            for (int i = 0; i < subOrders.size(); i++) {
                SubOrder sub = subOrders.get(i);
                s.setLong(1, pks[i]);
                s.setLong(2, orderPk);
                s.setInt(3, i);
                s.setString(4, sub.cooperative().value());
                s.setLong(5, sub.subtotal().minor());
                s.setString(6, sub.subtotal().currency().getCurrencyCode());
                s.setLong(7, sub.shipping().minor());
                s.setString(8, sub.shipping().currency().getCurrencyCode());
                s.setString(9, sub.fulfilment().name());
                setOptionalInstant(s, 10, sub.shippedAt());
                setOptionalInstant(s, 11, sub.deliveredAt());
                setOptionalInstant(s, 12, sub.paidAt());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void setOptionalInstant(PreparedStatement s, int index, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            s.setLong(index, EpochNanos.of(at.get()));
        } else {
            s.setNull(index, Types.BIGINT);
        }
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

    /** From the index on (payment_method, status, placed_at): one range read, empty when nothing is due. */
    @Override
    public List<OrderId> awaitingPayment(Instant placedAtOrBefore, int limit) {
        return access.call(em -> em.createQuery("select o.orderId from OrderEntity o where o.paymentMethod = :method"
                        + " and o.status = :status and o.placedAt <= :placedAt order by o.placedAt, o.id", String.class)
                .setParameter("method", PaymentMethod.CARD).setParameter("status", OrderStatus.PENDING_PAYMENT)
                .setParameter("placedAt", EpochNanos.of(placedAtOrBefore)).setMaxResults(limit)
                .getResultList().stream().map(OrderId::of).toList());
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
