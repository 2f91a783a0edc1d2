package org.taawon.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The H2 side of the append-only ledger: a row trigger that refuses every UPDATE and DELETE. */
public final class H2AppendOnlyTrigger implements Trigger {

    private String table = "the ledger";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the Taawon ledger is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " on " + table + " refused", "45000");
    }
}
