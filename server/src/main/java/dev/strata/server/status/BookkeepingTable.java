package dev.strata.server.status;

import dev.strata.model.migration.Tool;
import dev.strata.server.status.AppliedRecord.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a tool's bookkeeping table, found through the session's {@code search_path} as the tool
 * finds it. Only {@code SELECT}s; the caller's transaction decides the rest.
 *
 * <p>Where a tool keeps several rows per migration, the one that decides is chosen as the tool
 * chooses: Prisma counts a finished, not rolled-back attempt over a failed one; Flyway and goose
 * take the latest row of a version; Flyway's {@code DELETE} rows and goose's {@code is_applied =
 * false} rows take a migration off the record.
 */
final class BookkeepingTable {
  private BookkeepingTable() {}

  /** The unqualified table name a tool uses; empty for plain folders. */
  static Optional<String> name(Tool tool) {
    if (tool == Tool.PRISMA) {
      return Optional.of("_prisma_migrations");
    }
    if (tool == Tool.FLYWAY) {
      return Optional.of("flyway_schema_history");
    }
    if (tool == Tool.GOLANG_MIGRATE || tool == Tool.DBMATE) {
      return Optional.of("schema_migrations");
    }
    if (tool == Tool.GOOSE) {
      return Optional.of("goose_db_version");
    }
    if (tool == Tool.DIESEL) {
      return Optional.of("__diesel_schema_migrations");
    }
    return Optional.empty();
  }

  /** The table's rows for {@code tool}; {@link Recorded#none()} when the database has no such table. */
  static Recorded read(Connection c, Tool tool) throws SQLException {
    Optional<String> qualified = locate(c, name(tool).orElseThrow());
    if (qualified.isEmpty()) {
      return Recorded.none();
    }
    String t = quote(qualified.get());
    List<AppliedRecord> rows;
    if (tool == Tool.PRISMA) {
      rows = prisma(c, t);
    } else if (tool == Tool.FLYWAY) {
      rows = flyway(c, t);
    } else if (tool == Tool.GOLANG_MIGRATE) {
      rows = golangMigrate(c, t);
    } else if (tool == Tool.GOOSE) {
      rows = goose(c, t);
    } else {
      rows = versions(c, t);
    }
    return new Recorded(qualified, rows, tool == Tool.GOLANG_MIGRATE);
  }

  private static Optional<String> locate(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT n.nspname || '.' || cl.relname FROM pg_catalog.pg_class cl "
        + "JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace WHERE cl.oid = pg_catalog.to_regclass(?)")) {
      ps.setString(1, "\"" + table + "\"");
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static String quote(String qualified) {
    int dot = qualified.indexOf('.');
    return "\"" + qualified.substring(0, dot).replace("\"", "\"\"") + "\".\""
        + qualified.substring(dot + 1).replace("\"", "\"\"") + "\"";
  }

  private static List<AppliedRecord> prisma(Connection c, String t) throws SQLException {
    Map<String, AppliedRecord> out = new LinkedHashMap<>();
    String sql = "SELECT migration_name, checksum, finished_at IS NOT NULL, rolled_back_at IS NOT NULL, logs FROM " + t
        + " ORDER BY started_at, id";
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String name = rs.getString(1);
        Outcome outcome = rs.getBoolean(4) ? Outcome.ROLLED_BACK : rs.getBoolean(3) ? Outcome.APPLIED : Outcome.FAILED;
        AppliedRecord r = new AppliedRecord(name, name, Optional.ofNullable(rs.getString(2)), outcome,
            Optional.ofNullable(rs.getString(5)).map(String::strip).filter(s -> !s.isEmpty()));
        AppliedRecord before = out.get(name);
        if (before == null || rank(outcome) >= rank(before.outcome())) {
          out.put(name, r);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Prisma's precedence among attempts of one migration: a finished one wins, then a failed one. */
  private static int rank(Outcome o) {
    return o == Outcome.APPLIED ? 2 : o == Outcome.FAILED ? 1 : 0;
  }

  private static List<AppliedRecord> flyway(Connection c, String t) throws SQLException {
    Map<String, AppliedRecord> out = new LinkedHashMap<>();
    String sql = "SELECT version, description, type, script, checksum, success FROM " + t + " ORDER BY installed_rank";
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String version = rs.getString(1);
        String type = rs.getString(3);
        if ("SCHEMA".equals(type) || (version == null && rs.getString(4) == null)) {
          continue;
        }
        String key = version == null ? MigrationKeys.repeatable(rs.getString(4))
            : MigrationKeys.flywayVersion(version).orElse(version);
        if ("DELETE".equals(type)) {
          out.remove(key);
          continue;
        }
        Object checksum = rs.getObject(5);
        Outcome outcome = "BASELINE".equals(type) ? Outcome.BASELINE : rs.getBoolean(6) ? Outcome.APPLIED : Outcome.FAILED;
        String label = (version == null ? "" : version + " ") + rs.getString(2);
        out.remove(key);
        out.put(key, new AppliedRecord(key, label, Optional.ofNullable(checksum).map(String::valueOf), outcome,
            Optional.empty()));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static List<AppliedRecord> golangMigrate(Connection c, String t) throws SQLException {
    List<AppliedRecord> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version, dirty FROM " + t + " LIMIT 1")) {
      if (rs.next()) {
        String v = rs.getString(1);
        boolean dirty = rs.getBoolean(2);
        out.add(new AppliedRecord(MigrationKeys.number(v), v, Optional.empty(), dirty ? Outcome.FAILED : Outcome.APPLIED,
            dirty ? Optional.of("dirty: it failed part-way; fix the database, then `migrate force` a version")
                : Optional.empty()));
      }
    }
    return out;
  }

  private static List<AppliedRecord> goose(Connection c, String t) throws SQLException {
    Map<String, AppliedRecord> out = new LinkedHashMap<>();
    String sql = "SELECT version_id, is_applied FROM " + t + " ORDER BY id";
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String key = MigrationKeys.number(rs.getString(1));
        out.remove(key);
        if (rs.getBoolean(2) && !"0".equals(key)) {
          out.put(key, AppliedRecord.applied(key, rs.getString(1)));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /** dbmate and diesel: one row per applied version. */
  private static List<AppliedRecord> versions(Connection c, String t) throws SQLException {
    List<AppliedRecord> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version FROM " + t + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(AppliedRecord.applied(rs.getString(1), rs.getString(1)));
      }
    }
    return out;
  }
}
