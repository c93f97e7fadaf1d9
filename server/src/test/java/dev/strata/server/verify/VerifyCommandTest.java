package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VerifyCommandTest {

  /** Exit code, stdout and stderr of one run. */
  record Run(int exit, String out, String err) {}

  private static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new VerifyCommand(env::get))
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void withoutAServerSaysWhatToPass() {
    Run r = run(Map.of(), VerifyTesting.repository("test-workspace/prisma-p3006").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--database-url jdbc:postgresql://"), r.err());
    assertTrue(r.err().contains("STRATA_DATABASE_URL"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void connectionFailureMasksThePassword() {
    Run r = run(Map.of(), "--database-url", "jdbc:postgresql://127.0.0.1:1/postgres?user=me&password=hunter2&connectTimeout=2",
        VerifyTesting.repository("test-workspace/prisma-p3006").toString());
    assertEquals(2, r.exit());
    assertFalse(r.err().contains("hunter2"), r.err());
    assertTrue(r.err().contains("password=***"), r.err());
  }

  @Test
  void replaysPrismaP3006UpToTheRejectedMigrationAndPrintsAVerdict() {
    Run r = run(Map.of(VerifyCommand.URL_VARIABLE, TestPostgres.jdbcUrl()),
        VerifyTesting.repository("test-workspace/prisma-p3006").toString());
    assertTrue(r.out().startsWith("apps/backend/prisma/migrations (prisma): 5 of 8 migrations replayed\n"), r.out());
    assertTrue(r.out().contains("PostgreSQL stopped at 20241223_align_schema_with_production: "
        + "apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql:221:7 42703 "
        + "column os.customer_id does not exist\n"
        + "    the model reports it too: error[unknown-column] at line 221 (same line)\n"), r.out());
    String verdict = r.out().lines().reduce((a, b) -> b).orElse("");
    assertTrue(verdict.matches("verdict: agree — (\\d+) of \\1 objects agree, 5 migrations replayed, [0-9.]+ s"),
        verdict);
    assertEquals(0, r.exit());
  }

  @Test
  void jsonReportCarriesTheFigures() {
    Run r = run(Map.of(), "--format", "json", "--database-url", TestPostgres.jdbcUrl(),
        VerifyTesting.repository("test-workspace/prisma-p3006").toString());
    com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals(5, o.get("migrations_replayed").getAsInt());
    com.google.gson.JsonObject root = o.getAsJsonArray("roots").get(0).getAsJsonObject();
    assertEquals("prisma", root.get("tool").getAsString());
    assertEquals(3, root.get("migrations_not_run").getAsInt());
    assertTrue(root.get("objects_compared").getAsInt() > 50, r.out());
    assertEquals(root.get("objects_compared").getAsInt(), root.get("objects_agreeing").getAsInt(), r.out());
    com.google.gson.JsonObject stop = root.getAsJsonArray("postgres_stopped").get(0).getAsJsonObject();
    assertEquals("42703", stop.get("sqlstate").getAsString());
    assertEquals(221, stop.get("line").getAsInt());
    assertEquals(221, stop.get("model_line").getAsInt());
  }
}
