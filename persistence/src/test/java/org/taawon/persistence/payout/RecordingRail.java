package org.taawon.persistence.payout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;

/**
 * A rail that writes every send, as it happens, to a table of its own on its own connection
 * (autocommit, outside Taawon's transactions): the payee's side of the wire. It never deduplicates,
 * so a payout sent twice shows as two rows. It looks a payout up in the same table, as Stripe is
 * looked up by transfer group, and takes a little time per send so that workers interleave.
 */
final class RecordingRail implements PayoutRail, AutoCloseable {

    static final String TABLE = "test_rail_send";

    private final String worker;
    private final Connection connection;
    private final long pauseNanos;

    RecordingRail(String jdbcUrl, String user, String password, String worker, long pauseNanos) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.pauseNanos = pauseNanos;
        try {
            this.connection = DriverManager.getConnection(jdbcUrl, user, password);
            this.connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach " + jdbcUrl, e);
        }
    }

    static void createTable(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + TABLE + " (payout_id VARCHAR(128) NOT NULL, worker VARCHAR(128) NOT NULL,"
                    + " amount_minor BIGINT NOT NULL)");
        }
    }

    @Override
    public synchronized Outcome send(Payout payout) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?)")) {
            insert.setString(1, payout.id().value());
            insert.setString(2, worker);
            insert.setLong(3, payout.amount().minor());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the rail could not record " + payout.id(), e);
        }
        if (pauseNanos > 0) {
            LockSupport.parkNanos(pauseNanos);
        }
        return Outcome.paid("rec-" + payout.id().value());
    }

    @Override
    public synchronized Optional<Outcome> lookUp(Payout payout) {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE payout_id = ?")) {
            select.setString(1, payout.id().value());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0 ? Optional.of(Outcome.paid("rec-" + payout.id().value())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rail could not look up " + payout.id(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
