package org.taawon.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} in front of a real one that counts the statements it executes and the
 * integrity-constraint violations (SQLState class 23: unique, foreign key, check) the database
 * answers, and can make the n-th statement from now fail as a dropped connection would. The
 * statements still reach the real database; nothing is simulated but the fault.
 */
public final class JdbcSpy implements DataSource {

    /** SQLState of the injected fault: connection failure. */
    public static final String FAULT_STATE = "08006";

    private final DataSource delegate;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong violations = new AtomicLong();
    private final AtomicLong failAt = new AtomicLong(Long.MAX_VALUE);
    private volatile Consumer<SQLException> onViolation = e -> {
    };

    public JdbcSpy(DataSource delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * A store on its own pool (as {@link TaawonStore#builder()} would make it) behind a spy.
     *
     * @param store the store
     * @param spy   what it counts
     * @param pool  the pool, closed with the store
     */
    public record Spied(TaawonStore store, JdbcSpy spy, com.zaxxer.hikari.HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            pool.close();
        }
    }

    public static Spied store(String jdbcUrl, String user, String password, int poolSize) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config);
        JdbcSpy spy = new JdbcSpy(pool);
        return new Spied(TaawonStore.builder().dataSource(spy).build(), spy, pool);
    }

    /** Statements executed so far (a batch counts once per execution). */
    public long statements() {
        return statements.get();
    }

    /** Integrity-constraint violations the database answered so far. */
    public long violations() {
        return violations.get();
    }

    /** Told of each violation as it happens (a child JVM prints them, since it may be killed before it ends). */
    public void onViolation(Consumer<SQLException> listener) {
        this.onViolation = Objects.requireNonNull(listener, "listener");
    }

    /** The n-th statement from now (1 = the next) fails with SQLState {@value #FAULT_STATE}, once. */
    public void failStatement(long n) {
        failAt.set(statements.get() + n);
    }

    public void disarm() {
        failAt.set(Long.MAX_VALUE);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(delegate.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(JdbcSpy.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Forwarding(connection, true));
    }

    private final class Forwarding implements InvocationHandler {
        private final Object target;
        private final boolean isConnection;

        Forwarding(Object target, boolean isConnection) {
            this.target = target;
            this.isConnection = isConnection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean executes = !isConnection && name.startsWith("execute");
            if (executes) {
                long n = statements.incrementAndGet();
                if (failAt.compareAndSet(n, Long.MAX_VALUE)) {
                    throw new SQLException("injected fault at statement " + n, FAULT_STATE);
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql) {
                    for (SQLException each = sql; each != null; each = each.getNextException()) {
                        if (each.getSQLState() != null && each.getSQLState().startsWith("23")) {
                            violations.incrementAndGet();
                            onViolation.accept(each);
                            break;
                        }
                    }
                }
                throw cause;
            }
            if (isConnection && result instanceof Statement statement) {
                Class<?> type = method.getReturnType().isInterface() ? method.getReturnType() : Statement.class;
                return Proxy.newProxyInstance(JdbcSpy.class.getClassLoader(), new Class<?>[] {type}, new Forwarding(statement, false));
            }
            return result;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
