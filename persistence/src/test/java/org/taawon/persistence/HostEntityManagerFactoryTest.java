package org.taawon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.order.OrderId;
import org.taawon.core.order.OrderRejectedException;
import org.taawon.core.order.Orders;
import org.taawon.persistence.catalogue.JpaCooperatives;
import org.taawon.persistence.order.JpaOrders;
import org.taawon.persistence.support.EntityManagerAccess;
import org.taawon.persistence.support.JpaTransactionRunner;
import org.taawon.persistence.support.TaawonPersistenceUnit;
import org.taawon.persistence.support.TaawonSchema;

/**
 * Taawon's entities inside a host's own persistence unit, as the README shows: the host lists them
 * through {@code META-INF/taawon-orm.xml}, runs Taawon's migrations beside its own, and Taawon's
 * writes share the host's transactions.
 */
class HostEntityManagerFactoryTest {

    private JdbcDataSource dataSource;
    private EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void hostDatabase() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:host-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE host_note (id BIGINT PRIMARY KEY, text VARCHAR(200))");
        }
        TaawonSchema.migrate(dataSource);
        HibernatePersistenceConfiguration unit = new HibernatePersistenceConfiguration("host");
        unit.mappingFile("META-INF/taawon-orm.xml");
        unit.managedClass(HostNote.class);
        unit.property("jakarta.persistence.nonJtaDataSource", dataSource);
        TaawonPersistenceUnit.hibernateProperties().forEach(unit::property);
        entityManagerFactory = unit.createEntityManagerFactory();
    }

    @AfterEach
    void close() throws SQLException {
        entityManagerFactory.close();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void taawon_and_the_host_commit_and_roll_back_together() {
        JpaTransactionRunner transactions = new JpaTransactionRunner(entityManagerFactory);
        Cooperatives cooperatives = new JpaCooperatives(transactions);

        transactions.inTransaction(() -> {
            cooperatives.save(Fixtures.argan());
            transactions.run(em -> em.persist(new HostNote(1, "Tighanimine joined")));
        });
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            cooperatives.save(Fixtures.rugs());
            transactions.run(em -> em.persist(new HostNote(2, "never kept")));
            throw new Shop.InjectedFailure("in the host's work");
        })).isInstanceOf(Shop.InjectedFailure.class);

        assertThat(cooperatives.all()).containsExactly(Fixtures.argan());
        List<String> notes = transactions.call(em -> em.createQuery("select n.text from HostNote n", String.class).getResultList());
        assertThat(notes).containsExactly("Tighanimine joined");
    }

    @Test
    void adapters_work_on_an_entity_manager_whose_transactions_the_host_runs() {
        EntityManager em = entityManagerFactory.createEntityManager();
        Orders orders = new JpaOrders(EntityManagerAccess.shared(em));
        em.getTransaction().begin();
        orders.add(Fixtures.order("o-host", Fixtures.T0));
        em.getTransaction().commit();
        em.close();

        EntityManager other = entityManagerFactory.createEntityManager();
        Orders seenElsewhere = new JpaOrders(EntityManagerAccess.shared(other));
        other.getTransaction().begin();
        assertThatThrownBy(() -> seenElsewhere.add(Fixtures.order("o-host", Fixtures.T0.plusSeconds(1))))
                .isInstanceOf(OrderRejectedException.class);
        other.getTransaction().rollback();
        other.close();

        Instant placedAt = new JpaTransactionRunner(entityManagerFactory).call(e -> new JpaOrders(EntityManagerAccess.shared(e))
                .get(OrderId.of("o-host")).placedAt());
        assertThat(placedAt).isEqualTo(Fixtures.T0);
    }
}
