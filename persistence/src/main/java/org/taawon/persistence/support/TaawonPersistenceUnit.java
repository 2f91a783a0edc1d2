package org.taawon.persistence.support;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * Taawon's persistence unit, bootstrapped with JPA 3.2's programmatic configuration (no
 * {@code persistence.xml}): its entities, the caller's {@link DataSource} as the non-JTA data source,
 * and the Hibernate settings the adapters are written for.
 */
public final class TaawonPersistenceUnit {

    private TaawonPersistenceUnit() {
    }

    /**
     * JDBC batching with ordered inserts and updates, batch fetching of collections, and no schema
     * generation (Flyway owns the schema). A host's own persistence unit should use the same.
     */
    public static Map<String, Object> hibernateProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hibernate.jdbc.batch_size", 50);
        properties.put("hibernate.order_inserts", true);
        properties.put("hibernate.order_updates", true);
        properties.put("hibernate.jdbc.batch_versioned_data", true);
        properties.put("hibernate.default_batch_fetch_size", 64);
        properties.put("jakarta.persistence.schema-generation.database.action", "none");
        return properties;
    }

    /** A configuration holding Taawon's entities on {@code dataSource}; add a host's classes and build it. */
    public static HibernatePersistenceConfiguration configuration(String name, DataSource dataSource) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(name);
        TaawonEntities.classes().forEach(configuration::managedClass);
        configuration.property("jakarta.persistence.nonJtaDataSource", dataSource);
        hibernateProperties().forEach(configuration::property);
        return configuration;
    }
}
