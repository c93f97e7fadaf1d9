package dev.strata.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty database on the {@link TestPostgres} server, created on construction and dropped
 * (with any sessions still connected to it) on {@link #close()}.
 */
final class ScratchDatabase implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String name;
  private final String url;

  /** Creates {@code strata_<label>_<pid>_<n>}; the label must be a lower-case identifier. */
  ScratchDatabase(String label) throws SQLException {
    this.name = "strata_" + label + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    this.url = withDatabase(TestPostgres.jdbcUrl(), name);
    adminExecute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
  }

  /** The JDBC URL of {@code base} with its database replaced by {@code database}. */
  static String withDatabase(String base, String database) {
    Matcher m = URL.matcher(base);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host/db URL: " + base);
    }
    return m.group(1) + database + m.group(3);
  }

  String name() {
    return name;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  public void close() throws SQLException {
    adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void adminExecute(String sql) throws SQLException {
    try (Connection c = TestPostgres.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
