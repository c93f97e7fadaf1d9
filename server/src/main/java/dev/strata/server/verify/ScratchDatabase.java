package dev.strata.server.verify;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A throw-away database that {@code verify} replays into: {@code strata_verify_<UTC yyyyMMddHHmmss>_<hex>},
 * created with the server's default template and marked with a comment that starts with
 * {@link #MARKER}.
 *
 * <p>Invariant: this class drops a database only when its name starts with {@link #PREFIX}
 * <em>and</em> it carries the marker comment; anything else is refused with an
 * {@link IllegalStateException}. It drops its own database on {@link #close()}, or from a JVM
 * shutdown hook when the process is interrupted before that.
 */
public final class ScratchDatabase implements AutoCloseable {
  public static final String PREFIX = "strata_verify_";
  public static final String MARKER = "strata verify scratch";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DatabaseUrl server;
  private final String name;
  private final Thread hook;
  private boolean dropped;

  private ScratchDatabase(DatabaseUrl server, String name) {
    this.server = server;
    this.name = name;
    this.hook = new Thread(this::dropQuietly, "strata-verify-drop-" + name);
  }

  /** Creates and marks a new scratch database on the server {@code server} points at. */
  public static ScratchDatabase create(DatabaseUrl server, Instant now) throws SQLException {
    String name = PREFIX + STAMP.format(now.atOffset(ZoneOffset.UTC)) + "_" + Long.toHexString(RANDOM.nextLong() >>> 16);
    ScratchDatabase db = new ScratchDatabase(server, name);
    try (Connection c = DriverManager.getConnection(server.jdbc()); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
      Runtime.getRuntime().addShutdownHook(db.hook);
      st.execute("COMMENT ON DATABASE " + name + " IS '" + MARKER + " database created at " + now
          + " by process " + ProcessHandle.current().pid() + "; safe to drop'");
    }
    return db;
  }

  public String name() {
    return name;
  }

  /** The URL of this database, with the server URL's credentials and parameters. */
  public DatabaseUrl url() {
    return server.withDatabase(name);
  }

  @Override
  public synchronized void close() throws SQLException {
    if (dropped) {
      return;
    }
    drop(server, name);
    dropped = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Called from the hook itself: nothing to remove.
    }
  }

  private void dropQuietly() {
    try {
      close();
    } catch (SQLException | RuntimeException e) {
      System.err.println("strata verify: could not drop scratch database " + name + ": " + e.getMessage());
    }
  }

  /**
   * Drops {@code name} (terminating its sessions) after checking the prefix and the marker.
   *
   * @throws IllegalStateException when the database is not one of ours; nothing is dropped
   */
  public static void drop(DatabaseUrl server, String name) throws SQLException {
    if (!name.startsWith(PREFIX) || !name.matches("[a-z0-9_]+")) {
      throw new IllegalStateException("refusing to drop database \"" + name + "\": its name does not start with "
          + PREFIX);
    }
    try (Connection c = DriverManager.getConnection(server.jdbc())) {
      Optional<String> comment = comment(c, name);
      if (comment.isEmpty()) {
        return;
      }
      if (!comment.get().startsWith(MARKER)) {
        throw new IllegalStateException("refusing to drop database \"" + name
            + "\": it has no '" + MARKER + "' comment, so strata did not create it");
      }
      dropWithRetry(c, name);
    }
  }

  /**
   * {@code DROP ... WITH (FORCE)} ends the sessions still in the database; it is refused (42501) when
   * one of them belongs to a role we may not signal. Our own sessions are closed by then, so a
   * moment later a plain DROP goes through; a few tries before giving up.
   */
  private static void dropWithRetry(Connection c, String name) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try (Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + name + (attempt == 0 ? " WITH (FORCE)" : ""));
        return;
      } catch (SQLException e) {
        boolean retryable = "42501".equals(e.getSQLState()) || "55006".equals(e.getSQLState());
        if (!retryable || attempt >= 10) {
          throw e;
        }
        try {
          Thread.sleep(200L * (attempt + 1));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Drops marked scratch databases whose name says they were created more than {@code age}
   * before {@code now} (left behind by a killed run). Returns the names dropped.
   */
  public static List<String> dropStale(DatabaseUrl server, Instant now, Duration age) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(server.jdbc());
        PreparedStatement ps = c.prepareStatement("SELECT datname, pg_catalog.shobj_description(oid, 'pg_database') "
            + "FROM pg_catalog.pg_database WHERE datname LIKE 'strata\\_verify\\_%' ORDER BY datname");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String comment = rs.getString(2);
        Optional<Instant> created = createdAt(rs.getString(1));
        if (comment != null && comment.startsWith(MARKER) && created.isPresent()
            && created.get().plus(age).isBefore(now)) {
          stale.add(rs.getString(1));
        }
      }
    }
    for (String name : stale) {
      drop(server, name);
    }
    return stale;
  }

  /** The creation time encoded in a scratch database's name. */
  static Optional<Instant> createdAt(String name) {
    if (!name.startsWith(PREFIX) || name.length() < PREFIX.length() + 14) {
      return Optional.empty();
    }
    try {
      String stamp = name.substring(PREFIX.length(), PREFIX.length() + 14);
      return Optional.of(LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> comment(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(pg_catalog.shobj_description(oid, 'pg_database'), '') "
        + "FROM pg_catalog.pg_database WHERE datname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
