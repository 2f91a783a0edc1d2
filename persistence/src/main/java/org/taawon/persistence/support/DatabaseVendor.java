package org.taawon.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** The databases Taawon's schema is written and tested for. */
public enum DatabaseVendor {
    H2("h2"),
    POSTGRESQL("postgresql"),
    MARIADB("mariadb");

    private final String folder;

    DatabaseVendor(String folder) {
        this.folder = folder;
    }

    /** The folder of this database's own migrations under {@code db/vendor/taawon}. */
    public String folder() {
        return folder;
    }

    public static DatabaseVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return ofProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    static DatabaseVendor ofProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb")) {
            return MARIADB;
        }
        throw new IllegalArgumentException("Taawon's store runs on H2, PostgreSQL or MariaDB, not " + productName);
    }
}
