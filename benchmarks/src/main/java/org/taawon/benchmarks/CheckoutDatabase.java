package org.taawon.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where B1 runs: a fresh database per fork, an H2 file under {@code target/} or a PostgreSQL database
 * {@code bench_b1_<n>} on the local server, and a pool on it configured as {@link
 * org.taawon.persistence.TaawonStore}'s own pool is.
 */
enum CheckoutDatabase {
    H2("H2 (file)"),
    POSTGRESQL("PostgreSQL");

    private static final String POSTGRESQL_SERVER = "jdbc:postgresql://" + System.getProperty("taawon.bench.postgresql",
            "127.0.0.1:5432") + "/";

    final String label;

    CheckoutDatabase(String label) {
        this.label = label;
    }

    /** A fresh, empty database named after {@code name}, dropped when the returned pool is closed. */
    Fresh create(String name) {
        return switch (this) {
            case H2 -> {
                Path file = directory().resolve(name).toAbsolutePath();
                deleteH2Files(file);
                yield new Fresh(this, name, pool("jdbc:h2:file:" + file + ";OPTIMIZE_REUSE_RESULTS=FALSE", "sa"),
                        () -> deleteH2Files(file));
            }
            case POSTGRESQL -> {
                admin("DROP DATABASE IF EXISTS " + name);
                admin("CREATE DATABASE " + name);
                yield new Fresh(this, name, pool(POSTGRESQL_SERVER + name, "postgres"), () -> admin("DROP DATABASE IF EXISTS " + name));
            }
        };
    }

    /** SQL that draws the next value of a sequence. */
    String nextValue(String sequence) {
        return this == POSTGRESQL ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(2);
        config.setPoolName("b1");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (url.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(config);
    }

    private static Path directory() {
        Path dir = Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target", "b1") : Path.of("target", "b1");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteH2Files(Path base) {
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(base.getFileName() + ".")).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(POSTGRESQL_SERVER + "test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A fresh database and a counting pool on it. */
    static final class Fresh implements AutoCloseable {
        final CheckoutDatabase database;
        final String name;
        final CountingDataSource dataSource;
        private final HikariDataSource pool;
        private final Runnable drop;

        Fresh(CheckoutDatabase database, String name, HikariDataSource pool, Runnable drop) {
            this.database = database;
            this.name = name;
            this.pool = pool;
            this.dataSource = new CountingDataSource(pool);
            this.drop = drop;
        }

        @Override
        public void close() {
            pool.close();
            drop.run();
        }
    }
}
