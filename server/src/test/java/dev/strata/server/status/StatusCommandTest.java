package dev.strata.server.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.status.StatusTesting.Run;
import dev.strata.server.verify.ScratchDatabase;
import dev.strata.server.verify.VerifyCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
  static final String URL = VerifyCommand.URL_VARIABLE;

  @TempDir Path dir;

  @Test
  void withoutADatabaseSaysWhatToPass() throws Exception {
    StatusTesting.prismaProject(dir);
    Run r = StatusTesting.run(Map.of(), dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--database-url jdbc:postgresql://"), r.err());
    assertTrue(r.err().contains("STRATA_DATABASE_URL"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void connectionFailureExitsTwoAndMasksThePassword() throws Exception {
    StatusTesting.prismaProject(dir);
    Run r = StatusTesting.run(Map.of(URL, "postgresql://me:hunter2@127.0.0.1:1/app?connectTimeout=2"), dir.toString());
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("hunter2"), r.err());
    assertTrue(r.err().contains("cannot read the database at postgresql://me:***@127.0.0.1:1/app"), r.err());
  }

  @Test
  void severalRootsAskForOne() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/V1__one.sql"), "CREATE TABLE one (id int);\n");
    Files.writeString(dir.resolve("b/V1__two.sql"), "CREATE TABLE two (id int);\n");
    Run r = StatusTesting.run(Map.of(URL, "jdbc:postgresql://127.0.0.1:1/app"), dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("  --root a   (flyway)\n"), r.err());
    assertTrue(r.err().contains("  --root b   (flyway)\n"), r.err());
  }

  @Test
  void readsInATransactionThatRefusesWrites() throws Exception {
    try (ScratchDatabase db = StatusTesting.scratch(); ReadOnlySession s = ReadOnlySession.open(db.url())) {
      assertTrue(s.readOnly());
      try (Statement st = s.connection().createStatement()) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute("CREATE TABLE intruder (id int)"));
        assertEquals("25006", e.getSQLState(), e.getMessage());
      }
    }
  }

  @Test
  void isRegisteredInMain() {
    java.io.StringWriter out = new java.io.StringWriter();
    dev.strata.server.cli.Terminal terminal = new dev.strata.server.cli.Terminal(new java.io.PrintWriter(out, true),
        new java.io.PrintWriter(new java.io.StringWriter(), true), dir, false);
    int exit = dev.strata.server.Main.run(new String[] {"status", "--help"}, terminal,
        dev.strata.server.cli.LintEngines::defaultEngine);
    assertEquals(0, exit);
    assertTrue(out.toString().startsWith("Usage: strata status [-hV]"), out.toString());
  }
}
