package dev.strata.server.verify;

import dev.strata.model.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads the schema of the database a connection is on from {@code pg_catalog}: one query (a port of
 * the pg-oracle's {@code snapshot.sql}) that returns the snapshot as JSON, read by
 * {@link OracleSnapshotJson}, so the oracle's snapshots and ours cannot drift apart in shape.
 *
 * <p>Left out, as by the oracle: {@code pg_catalog}, {@code information_schema}, {@code pg_toast},
 * temporary schemas, and every object that belongs to an extension. The query only reads; it runs
 * in whatever transaction state the connection is in, which must not be an aborted one.
 */
public final class PgCatalogReader {
  private static final String QUERY = load("catalog-snapshot.sql");

  private PgCatalogReader() {}

  public static SchemaSnapshot read(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
      if (!rs.next()) {
        throw new SQLException("the catalog snapshot query returned no row");
      }
      return OracleSnapshotJson.parse(rs.getString(1));
    }
  }

  private static String load(String resource) {
    try (InputStream in = PgCatalogReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
