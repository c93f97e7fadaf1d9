package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What {@code verify} may do to a database server and what it may print: it drops only the
 * scratch databases it marked (a killed run's leftovers on the next run, never a user's database
 * or an unmarked look-alike), never prints a password from a URL or the environment, and passes
 * the URL's TLS options through to the driver untouched.
 *
 * <p>{@code verify} has no mode that replays into a database the user names: it always creates
 * its own scratch database on the server of the URL (the URL's database is used only to connect),
 * so there is no "refuse a database with user tables" case to test.
 */
class VerifySafetyTest {
  private static final String SECRET = "s3cret-Pa55";

  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private static Run verify(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new VerifyCommand(env::get)).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String project() {
    return VerifyTesting.repository("test-workspace/prisma-p3006").toString();
  }

  private static boolean exists(String name) throws SQLException {
    try (Connection c = TestPostgres.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      return rs.next();
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = TestPostgres.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  @Test
  void theNextRunDropsAKilledRunsDatabaseAndNothingElse() throws SQLException {
    // A run killed two hours ago left its marked scratch database behind (never closed).
    ScratchDatabase killed = ScratchDatabase.create(VerifyTesting.server(), Instant.now().minus(Duration.ofHours(2)));
    String lookAlike = "strata_verify_20000101000000_feed";
    admin("DROP DATABASE IF EXISTS " + lookAlike);
    admin("CREATE DATABASE " + lookAlike);
    admin("DROP DATABASE IF EXISTS strata_user_app");
    admin("CREATE DATABASE strata_user_app");
    try {
      Run r = verify(Map.of(VerifyCommand.URL_VARIABLE, TestPostgres.jdbcUrl()), project());
      assertEquals(0, r.exit(), r.all());
      assertFalse(exists(killed.name()), "the killed run's scratch database is gone");
      assertTrue(exists(lookAlike), "an unmarked database with our prefix is kept");
      assertTrue(exists("strata_user_app"), "a user's database is kept");
      try (Connection c = TestPostgres.connect(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database d WHERE datname LIKE 'strata\\_verify\\_%' "
              + "AND pg_catalog.shobj_description(d.oid, 'pg_database') LIKE '" + ScratchDatabase.MARKER + "%'")) {
        rs.next();
        assertEquals(0, rs.getInt(1), "the run dropped its own scratch database too");
      }
    } finally {
      admin("DROP DATABASE IF EXISTS " + lookAlike);
      admin("DROP DATABASE IF EXISTS strata_user_app");
    }
  }

  @Test
  void passwordsNeverAppearInOutputForBadCredentialsOrABadHost() {
    String server = TestPostgres.jdbcUrl().replaceAll("\\?.*$", "");
    String hostPort = server.replace("jdbc:postgresql://", "").replaceAll("/.*$", "");
    Map<String, String[]> cases = Map.of(
        "bad role, password parameter", new String[] {"--database-url", server + "?user=nobody_here&password=" + SECRET},
        "bad role, libpq user info", new String[] {"--database-url", "postgresql://nobody_here:" + SECRET + "@" + hostPort + "/postgres"},
        "bad host, password parameter", new String[] {"--database-url",
            "jdbc:postgresql://127.0.0.1:1/postgres?user=me&password=" + SECRET + "&connectTimeout=2"},
        "malformed URL", new String[] {"--database-url", "mysql://me:" + SECRET + "@127.0.0.1/x"});
    cases.forEach((label, args) -> {
      String[] full = {args[0], args[1], project()};
      Run r = verify(Map.of(), full);
      assertEquals(2, r.exit(), label + ": " + r.all());
      assertFalse(r.all().contains(SECRET), label + " leaked the password: " + r.all());
    });
    Run fromEnv = verify(Map.of(VerifyCommand.URL_VARIABLE, "postgresql://nobody_here:" + SECRET + "@" + hostPort + "/postgres"),
        project());
    assertEquals(2, fromEnv.exit(), fromEnv.all());
    assertFalse(fromEnv.all().contains(SECRET), "environment URL leaked the password: " + fromEnv.all());
  }

  @Test
  void tlsOptionsOfTheUrlReachTheDriver() {
    DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://db.example:5432/app?ssl=true&sslmode=verify-full"
        + "&sslrootcert=/etc/ca.pem&user=me&password=" + SECRET);
    String scratch = jdbc.withDatabase("strata_verify_x").jdbc();
    assertTrue(scratch.startsWith("jdbc:postgresql://db.example:5432/strata_verify_x?"), scratch);
    assertTrue(scratch.contains("ssl=true&sslmode=verify-full&sslrootcert=/etc/ca.pem"), scratch);
    assertFalse(jdbc.masked().contains(SECRET), jdbc.masked());
    String libpq = DatabaseUrl.parse("postgresql://me:" + SECRET + "@db.example/app?sslmode=require").jdbc();
    assertTrue(libpq.contains("sslmode=require"), libpq);
    // Passed to the driver, not just kept in a string: the test server has no TLS, so requiring it fails there.
    Run required = verify(Map.of(), "--database-url", TestPostgres.jdbcUrl() + "&sslmode=require", project());
    assertEquals(2, required.exit(), required.all());
    assertTrue(required.all().toLowerCase(java.util.Locale.ROOT).contains("ssl"), required.all());
    Run disabled = verify(Map.of(), "--database-url", TestPostgres.jdbcUrl() + "&sslmode=disable", project());
    assertEquals(0, disabled.exit(), disabled.all());
  }
}
