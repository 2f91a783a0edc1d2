package org.taawon.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taawon's schema: Flyway migrations shipped in the jar ({@value #LOCATION} for every database, plus
 * {@code db/vendor/taawon/<database>} for the ledger's guards), recorded in their own history table
 * {@value #HISTORY_TABLE} so they never mix with a host's migrations.
 */
public final class TaawonSchema {

    private static final Logger log = LoggerFactory.getLogger(TaawonSchema.class);

    public static final String LOCATION = "classpath:db/migration/taawon";
    public static final String VENDOR_LOCATION = "classpath:db/vendor/taawon/";
    public static final String HISTORY_TABLE = "taawon_schema_history";

    /** Taawon's tables, children before parents. */
    public static final List<String> TABLES = List.of(
            "taawon_cart_line", "taawon_cart",
            "taawon_refunded_line", "taawon_refund", "taawon_order_line", "taawon_sub_order", "taawon_order",
            "taawon_ledger_entry", "taawon_ledger_transaction",
            "taawon_payout", "taawon_payout_run",
            "taawon_product", "taawon_cooperative",
            "taawon_processed_event", "taawon_payment_record");

    private TaawonSchema() {
    }

    /** The Flyway configuration of Taawon's migrations, for a host that runs Flyway itself. */
    public static Flyway flyway(DataSource dataSource) {
        DatabaseVendor vendor = DatabaseVendor.of(dataSource);
        return Flyway.configure(TaawonSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, VENDOR_LOCATION + vendor.folder())
                .table(HISTORY_TABLE)
                // A database that already holds a host's tables gets Taawon's beside them.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Brings the schema up to date; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = flyway(dataSource).migrate();
        log.info("Taawon schema at version {} ({} migrations applied)", result.targetSchemaVersion, result.migrationsExecuted);
        return result.migrationsExecuted;
    }

    /**
     * Empties Taawon's tables, and only them (the schema and the migration history stay). This
     * bypasses the ledger's append-only guard on purpose: it is for starting over, never for editing.
     */
    public static void clear(DataSource dataSource) {
        DatabaseVendor vendor = DatabaseVendor.of(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                switch (vendor) {
                    case POSTGRESQL -> statement.execute("TRUNCATE TABLE " + String.join(", ", TABLES));
                    case MARIADB -> truncateEach(statement, "SET FOREIGN_KEY_CHECKS = 0", "SET FOREIGN_KEY_CHECKS = 1");
                    case H2 -> truncateEach(statement, "SET REFERENTIAL_INTEGRITY FALSE", "SET REFERENTIAL_INTEGRITY TRUE");
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            log.debug("Taawon's tables cleared");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear Taawon's tables: " + e.getMessage(), e);
        }
    }

    private static void truncateEach(Statement statement, String before, String after) throws SQLException {
        statement.execute(before);
        try {
            for (String table : TABLES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
        } finally {
            statement.execute(after);
        }
    }
}
