package dev.strata.server.status;

import dev.strata.server.verify.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection inside one {@code READ ONLY} transaction: the driver is told the connection is
 * read-only, the session's default is set to read-only, and the transaction is opened with
 * {@code BEGIN READ ONLY}. {@link #close()} rolls it back. Any write attempted through
 * {@link #connection()} fails with SQLSTATE 25006 ({@code read_only_sql_transaction}).
 *
 * <p>Invariant: {@link #readOnly()} is what the server says ({@code SHOW transaction_read_only}),
 * not what was asked for; the constructor refuses to go on when the server says otherwise.
 */
final class ReadOnlySession implements AutoCloseable {
  private final Connection connection;

  private ReadOnlySession(Connection connection) {
    this.connection = connection;
  }

  static ReadOnlySession open(DatabaseUrl url) throws SQLException {
    Connection c = DriverManager.getConnection(url.jdbc());
    try {
      c.setAutoCommit(true);
      c.setReadOnly(true);
      try (Statement st = c.createStatement()) {
        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
        st.execute("BEGIN READ ONLY");
      }
      ReadOnlySession s = new ReadOnlySession(c);
      if (!s.readOnly()) {
        throw new SQLException("the server did not make the transaction read-only");
      }
      return s;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  Connection connection() {
    return connection;
  }

  /** The server's {@code transaction_read_only} for the open transaction. */
  boolean readOnly() throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SHOW transaction_read_only")) {
      return rs.next() && "on".equals(rs.getString(1));
    }
  }

  @Override
  public void close() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("ROLLBACK");
    } finally {
      connection.close();
    }
  }
}
