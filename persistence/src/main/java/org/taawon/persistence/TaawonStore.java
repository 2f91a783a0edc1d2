package org.taawon.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.UnitOfWork;
import org.taawon.core.cart.Carts;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Products;
import org.taawon.core.ledger.LedgerEntries;
import org.taawon.core.order.Orders;
import org.taawon.core.order.PaymentRecords;
import org.taawon.core.order.ProcessedEvents;
import org.taawon.core.payout.Payouts;
import org.taawon.persistence.cart.JpaCarts;
import org.taawon.persistence.catalogue.JpaCooperatives;
import org.taawon.persistence.catalogue.JpaProducts;
import org.taawon.persistence.ledger.JpaLedgerEntries;
import org.taawon.persistence.order.JpaOrders;
import org.taawon.persistence.order.JpaPaymentRecords;
import org.taawon.persistence.order.JpaProcessedEvents;
import org.taawon.persistence.payout.JpaPayouts;
import org.taawon.persistence.support.DatabaseVendor;
import org.taawon.persistence.support.JpaTransactionRunner;
import org.taawon.persistence.support.TaawonPersistenceUnit;
import org.taawon.persistence.support.TaawonSchema;
import org.taawon.persistence.support.TransactionRunner;

/**
 * A ready Taawon store without any container: it migrates the schema with Flyway, starts Hibernate on
 * a HikariCP pool (or on the caller's {@link DataSource}) and hands out core's repositories and a
 * {@link TransactionRunner}. With no JDBC URL it runs on an in-memory H2 database.
 *
 * <pre>{@code
 * try (TaawonStore store = TaawonStore.builder().jdbcUrl("jdbc:postgresql://localhost/shop").user("shop").build()) {
 *     PlaceOrder placeOrder = new PlaceOrder(store.products(), store.orders(), journal, mad);
 *     store.transactions().inTransaction(() -> placeOrder.place(request));
 * }
 * }</pre>
 */
public final class TaawonStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TaawonStore.class);
    private static final AtomicLong IN_MEMORY = new AtomicLong();

    private final DataSource dataSource;
    private final HikariDataSource ownPool;
    private final boolean inMemoryH2;
    private final DatabaseVendor vendor;
    private final EntityManagerFactory entityManagerFactory;
    private final JpaTransactionRunner transactions;
    private final Cooperatives cooperatives;
    private final Products products;
    private final Carts carts;
    private final Orders orders;
    private final LedgerEntries ledger;
    private final Payouts payouts;
    private final ProcessedEvents processedEvents;
    private final PaymentRecords paymentRecords;

    private TaawonStore(Builder builder) {
        this.inMemoryH2 = builder.jdbcUrl == null && builder.dataSource == null;
        this.ownPool = builder.dataSource == null ? pool(builder) : null;
        this.dataSource = ownPool != null ? ownPool : builder.dataSource;
        try {
            this.vendor = DatabaseVendor.of(dataSource);
            if (builder.migrate) {
                TaawonSchema.migrate(dataSource);
            }
            this.entityManagerFactory = entityManagerFactory(dataSource, builder.properties);
        } catch (RuntimeException e) {
            closePool();
            throw e;
        }
        this.transactions = new JpaTransactionRunner(entityManagerFactory);
        this.cooperatives = new JpaCooperatives(transactions);
        this.products = new JpaProducts(transactions);
        this.carts = new JpaCarts(transactions);
        this.orders = new JpaOrders(transactions);
        this.ledger = new JpaLedgerEntries(transactions);
        this.payouts = new JpaPayouts(transactions);
        this.processedEvents = new JpaProcessedEvents(transactions);
        this.paymentRecords = new JpaPaymentRecords(transactions);
        log.info("Taawon store open on {}", vendor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A store on a fresh in-memory H2 database, gone when the store is closed. */
    public static TaawonStore inMemory() {
        return builder().build();
    }

    /**
     * An embedded H2 database writes committed transactions to its file in the background, every
     * WRITE_DELAY (500 ms unless the URL says otherwise): a process killed in between loses commits it
     * already acted on, such as a payout marked SENDING before its rail was called. With WRITE_DELAY=0
     * each commit is in the file before it returns. The store's own pool uses this URL; other
     * databases, H2 in memory or behind a server, and a URL that sets WRITE_DELAY itself are left as
     * they are. A host handing over its own {@code DataSource} on an H2 file should do the same.
     */
    public static String withDurableCommits(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        boolean embeddedFile = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:") && !url.startsWith("jdbc:h2:zip:");
        return embeddedFile && !url.contains(";write_delay=") ? jdbcUrl + ";WRITE_DELAY=0" : jdbcUrl;
    }

    private static HikariDataSource pool(Builder builder) {
        HikariConfig config = new HikariConfig();
        String url = builder.jdbcUrl != null ? builder.jdbcUrl
                : "jdbc:h2:mem:taawon-" + IN_MEMORY.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        config.setJdbcUrl(withDurableCommits(url));
        config.setUsername(builder.user != null ? builder.user : (builder.jdbcUrl == null ? "sa" : null));
        config.setPassword(builder.password);
        config.setMaximumPoolSize(builder.maximumPoolSize);
        config.setMinimumIdle(Math.min(2, builder.maximumPoolSize));
        config.setPoolName("taawon");
        // The same isolation on every database; stock and uniqueness do not rely on anything stronger.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (url.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(config);
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource, Map<String, Object> extra) {
        HibernatePersistenceConfiguration configuration = TaawonPersistenceUnit.configuration("taawon", dataSource);
        extra.forEach(configuration::property);
        return configuration.createEntityManagerFactory();
    }

    public Cooperatives cooperatives() {
        return cooperatives;
    }

    public Products products() {
        return products;
    }

    public Carts carts() {
        return carts;
    }

    public Orders orders() {
        return orders;
    }

    public LedgerEntries ledger() {
        return ledger;
    }

    public Payouts payouts() {
        return payouts;
    }

    /** External events already applied, with their outcomes. */
    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    /** The gateway's last word on each payment. */
    public PaymentRecords paymentRecords() {
        return paymentRecords;
    }

    /** Transactions of this store; a checkout or a refund in one call commits all or nothing. */
    public TransactionRunner transactions() {
        return transactions;
    }

    /** The same runner, as the port {@link org.taawon.core.payout.RunPayouts} takes. */
    public UnitOfWork unitOfWork() {
        return transactions;
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** Whether Taawon's tables hold no row at all. */
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TaawonSchema.TABLES) {
                try (var rows = statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 1 LIMIT 1")) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read Taawon's tables: " + e.getMessage(), e);
        }
    }

    /** Empties Taawon's tables (and nothing else in the database); see {@link TaawonSchema#clear}. */
    public void clear() {
        entityManagerFactory.getCache().evictAll();
        TaawonSchema.clear(dataSource);
    }

    @Override
    public void close() {
        entityManagerFactory.close();
        if (inMemoryH2) {
            shutDownInMemoryH2();
        }
        closePool();
    }

    private void shutDownInMemoryH2() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            log.warn("in-memory database did not shut down cleanly: {}", e.getMessage());
        } finally {
            closeQuietly(connection);
        }
    }

    /** After SHUTDOWN the database is gone with its connections; closing one can only report that. */
    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException gone) {
                log.debug("connection closed with its database: {}", gone.getMessage());
            }
        }
    }

    private void closePool() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    /** Where the store's data lives and how Hibernate runs on it. */
    public static final class Builder {
        private String jdbcUrl;
        private String user;
        private String password;
        private DataSource dataSource;
        private int maximumPoolSize = 10;
        private boolean migrate = true;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /** A JDBC URL of H2, PostgreSQL or MariaDB; the store opens its own HikariCP pool on it. */
        public Builder jdbcUrl(String jdbcUrl) {
            this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The caller's own pool instead of a URL; the caller closes it. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        public Builder maximumPoolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("pool size must be at least 1");
            }
            this.maximumPoolSize = size;
            return this;
        }

        /** Whether to bring the schema up to date on start (default true). */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /** An extra Hibernate or JPA property, such as {@code hibernate.generate_statistics}. */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        public TaawonStore build() {
            if (jdbcUrl != null && dataSource != null) {
                throw new IllegalStateException("give a JDBC URL or a DataSource, not both");
            }
            return new TaawonStore(this);
        }
    }
}
