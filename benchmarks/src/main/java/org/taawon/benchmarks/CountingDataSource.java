package org.taawon.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts what reaches the database through it: every execution of a
 * statement ({@code execute*}, and {@code executeBatch} once per batch, however many rows it holds),
 * the rows added to batches and the commits. Library and baseline of B1 each run on one, so both are
 * counted the same way.
 */
final class CountingDataSource implements DataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    /** {@code -Dtaawon.bench.trace=true} prints each execution and its SQL, to see where statements come from. */
    private static final boolean TRACE = Boolean.getBoolean("taawon.bench.trace");

    private final DataSource target;
    private final LongAdder statements = new LongAdder();
    private final LongAdder batchedRows = new LongAdder();
    private final LongAdder commits = new LongAdder();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Statements executed (a batch counts once). */
    long statements() {
        return statements.sum();
    }

    long batchedRows() {
        return batchedRows.sum();
    }

    long commits() {
        return commits.sum();
    }

    void reset() {
        statements.reset();
        batchedRows.reset();
        commits.reset();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(target.getConnection(username, password));
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Forward(connection) {
                    @Override
                    Object around(Method method, Object[] args, Object result) {
                        String sql = method.getName().startsWith("prepare") ? (String) args[0] : "(statement)";
                        if (result instanceof CallableStatement s) {
                            return statement(CallableStatement.class, s, sql);
                        }
                        if (result instanceof PreparedStatement s) {
                            return statement(PreparedStatement.class, s, sql);
                        }
                        if (result instanceof Statement s) {
                            return statement(Statement.class, s, sql);
                        }
                        if (method.getName().equals("commit")) {
                            commits.increment();
                            if (TRACE) {
                                System.out.println("  commit");
                            }
                        }
                        return result;
                    }
                });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String sql) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Forward(statement) {
            @Override
            Object around(Method method, Object[] args, Object result) {
                String name = method.getName();
                if (EXECUTIONS.contains(name)) {
                    statements.increment();
                    if (TRACE) {
                        System.out.println("  " + name + ": " + (args != null && args.length > 0 && args[0] instanceof String q ? q : sql));
                    }
                } else if (name.equals("addBatch")) {
                    batchedRows.increment();
                }
                return result;
            }
        }));
    }

    /** Calls the target and lets {@link #around} look at (or replace) what it returned. */
    private abstract static class Forward implements InvocationHandler {
        private final Object target;

        Forward(Object target) {
            this.target = target;
        }

        abstract Object around(Method method, Object[] args, Object result);

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("unwrap") && args != null && args.length == 1 && ((Class<?>) args[0]).isInstance(proxy)) {
                return proxy;
            }
            try {
                return around(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
