package org.taawon.persistence;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store is tested on. H2 runs in memory; PostgreSQL and MariaDB are the real
 * servers of the machine (127.0.0.1, database {@code test}), each test run in a schema or database of
 * its own, dropped when the JVM ends. An unreachable server skips its tests with the reason, unless
 * the system property {@code taawon.ci} is {@code true}: then they fail.
 */
public enum TestDatabase {
    H2("H2 in memory", null, null, null),
    POSTGRESQL("PostgreSQL", "jdbc:postgresql://" + address("postgresql", "127.0.0.1:5432") + "/", "postgres", ""),
    MARIADB("MariaDB", "jdbc:mariadb://" + address("mariadb", "127.0.0.1:3306") + "/", "root", "");

    private static final Map<TestDatabase, TaawonStore> STORES = new ConcurrentHashMap<>();
    private static final Map<TestDatabase, Optional<String>> UNREACHABLE = new ConcurrentHashMap<>();

    private final String label;
    private final String serverUrl;
    private final String adminUrl;
    private final String user;
    private final String password;

    TestDatabase(String label, String serverUrl, String user, String password) {
        this.label = label;
        this.serverUrl = serverUrl;
        this.adminUrl = serverUrl == null ? null
                : serverUrl + "test" + (serverUrl.startsWith("jdbc:postgresql") ? "?connectTimeout=3" : "?connectTimeout=3000");
        this.user = user;
        this.password = password;
    }

    /** host:port of a server, {@code -Dtaawon.test.<database>.address} to test against another one. */
    private static String address(String database, String fallback) {
        return System.getProperty("taawon.test." + database + ".address", fallback);
    }

    public static boolean ci() {
        return "true".equals(System.getProperty("taawon.ci"));
    }

    /** Skips (or, under CI, fails) the running test when this database cannot be reached. */
    public void assumeReachable() {
        Optional<String> problem = UNREACHABLE.computeIfAbsent(this, TestDatabase::probe);
        if (problem.isPresent()) {
            String reason = label + " is not reachable at " + adminUrl + " (" + problem.get() + ")";
            if (ci()) {
                fail(reason + "; taawon.ci=true, so this is a failure, not a skip");
            }
            Assumptions.abort(reason + "; start it (see .ci/run) to run this test");
        }
    }

    private Optional<String> probe() {
        if (adminUrl == null) {
            return Optional.empty();
        }
        try (Connection connection = admin()) {
            return connection.isValid(3) ? Optional.empty() : Optional.of("the connection is not valid");
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** The store of this database for the whole test run, created on first use. Call {@link #assumeReachable} first. */
    public TaawonStore store() {
        assumeReachable();
        return STORES.computeIfAbsent(this, TestDatabase::open);
    }

    /** A new store on a fresh schema, with its own pool; the caller closes it. */
    public TaawonStore freshStore(int poolSize) {
        assumeReachable();
        return open(poolSize);
    }

    private TaawonStore open() {
        TaawonStore store = open(8);
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        return store;
    }

    private TaawonStore open(int poolSize) {
        TaawonStore.Builder builder = TaawonStore.builder().maximumPoolSize(poolSize)
                .property("hibernate.generate_statistics", true);
        if (this == H2) {
            return builder.build();
        }
        return builder.jdbcUrl(freshJdbcUrl()).user(user).password(password).build();
    }

    /**
     * The JDBC URL of a new, empty schema (PostgreSQL) or database (MariaDB), dropped when the test JVM
     * ends; for H2 a new private in-memory database. Call {@link #assumeReachable} first.
     */
    public String freshJdbcUrl() {
        String name = "taawon_test_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        if (this == H2) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
        String url;
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            dropLeftovers(statement);
            if (this == POSTGRESQL) {
                statement.execute("CREATE SCHEMA " + name);
                url = serverUrl + "test?currentSchema=" + name;
            } else {
                statement.execute("CREATE DATABASE " + name);
                url = serverUrl + name;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name + " on " + label, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Schemas or databases of test runs that ended without their shutdown hook (a killed build), over a day old. */
    private void dropLeftovers(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        String list = this == POSTGRESQL
                ? "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'taawon_test_%'"
                : "SHOW DATABASES LIKE 'taawon_test_%'";
        try (ResultSet rows = statement.executeQuery(list)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        long dayAgo = System.currentTimeMillis() - 24 * 3600_000L;
        for (String name : names) {
            String[] parts = name.split("_");
            try {
                if (parts.length == 4 && Long.parseLong(parts[2], 36) < dayAgo) {
                    statement.execute(this == POSTGRESQL ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
                }
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
    }

    private void drop(String name) {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute(this == POSTGRESQL ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
        } catch (SQLException e) {
            System.err.println("could not drop " + name + " on " + label + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
