package dev.strata.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandsTest {
  private static final String P3006 = Cli.workspace("prisma-p3006");

  @Test
  void timelineTextAndMarkdownOfP3006MatchTheirGoldens() throws IOException {
    Cli text = Cli.run("timeline", P3006);
    assertEquals(0, text.code(), text.err());
    Cli.assertGolden("prisma-p3006-timeline.txt", text.out());
    Cli md = Cli.run("timeline", P3006, "--format", "markdown");
    assertEquals(0, md.code(), md.err());
    Cli.assertGolden("prisma-p3006-timeline.md", md.out());
  }

  @Test
  void timelineJsonMarksStubsTheFailureWithItsLineAndBlockedMigrations() {
    Cli json = Cli.run("timeline", P3006, "--format", "json");
    assertEquals(0, json.code(), json.err());
    JsonArray rows = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("histories").get(0)
        .getAsJsonObject().getAsJsonArray("migrations");
    assertEquals(8, rows.size());
    String[] statuses = {"stub", "stub", "ok", "ok", "fails", "blocked", "blocked", "blocked"};
    for (int i = 0; i < statuses.length; i++) {
      assertEquals(statuses[i], rows.get(i).getAsJsonObject().get("status").getAsString(), "row " + i);
    }
    JsonObject failing = rows.get(4).getAsJsonObject();
    assertEquals("20241223_align_schema_with_production", failing.get("name").getAsString());
    assertEquals("2024-12-23", failing.get("date").getAsString());
    JsonObject failure = failing.getAsJsonObject("failure");
    assertEquals(221, failure.get("line").getAsInt());
    assertTrue(failure.get("message").getAsString().startsWith("column \"customer_id\" does not exist"));
    assertTrue(rows.get(0).getAsJsonObject().get("failure").isJsonNull());
    assertEquals(8, rows.get(2).getAsJsonObject().get("tablesAfter").getAsInt());
  }

  @Test
  void schemaAtAndBeforeTakeAPrefixAndPrintDdlJsonOrMermaid() {
    Cli before = Cli.run("schema", P3006, "--before", "20241221");
    assertEquals(0, before.code(), before.err());
    assertTrue(!before.out().contains("onboarding_states"), before.out());
    Cli at = Cli.run("schema", P3006, "--at", "20241221", "--format", "json");
    assertEquals(0, at.code(), at.err());
    JsonObject tables = JsonParser.parseString(at.out()).getAsJsonObject().getAsJsonObject("tables");
    assertTrue(tables.has("public.onboarding_states"), tables.keySet().toString());
    assertTrue(!tables.getAsJsonObject("public.clients").toString().contains("opsAlertsMuted"));
    Cli er = Cli.run("schema", P3006, "--at", "20241223_add_ops", "--format", "mermaid");
    assertTrue(er.out().startsWith("erDiagram\n"), er.out());
    assertTrue(er.out().contains("        boolean opsAlertsMuted\n"), er.out());
  }

  @Test
  void anUnknownOrAmbiguousMigrationIsAUsageError() {
    Cli unknown = Cli.run("schema", P3006, "--at", "20991231_nothing");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("no migration is named or starts with '20991231_nothing'"), unknown.err());
    Cli ambiguous = Cli.run("diff", P3006, "--from", "20241223", "--to", "20251214");
    assertEquals(2, ambiguous.code());
    assertTrue(ambiguous.err().contains("'20241223' matches 2 migrations"), ambiguous.err());
    Cli backwards = Cli.run("diff", P3006, "--from", "20251214", "--to", "20241221");
    assertEquals(2, backwards.code());
    assertTrue(backwards.err().contains("comes after"), backwards.err());
    Cli neither = Cli.run("schema", P3006);
    assertEquals(2, neither.code());
  }

  @Test
  void diffReportsARenameAsARename(@TempDir Path dir) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(migrations.resolve("000001_init.up.sql"),
        "CREATE TABLE alert_logs (id bigint PRIMARY KEY, msg text);\n");
    Files.writeString(migrations.resolve("000002_rename.up.sql"),
        "ALTER TABLE alert_logs RENAME TO alerts;\nALTER TABLE alerts RENAME COLUMN msg TO message;\n");
    Files.writeString(migrations.resolve("000003_more.up.sql"), "ALTER TABLE alerts ADD COLUMN at timestamptz;\n");
    Cli text = Cli.run("diff", dir.toString(), "--from", "000001", "--to", "000003_more");
    assertEquals(0, text.code(), text.err());
    assertEquals("""
        schema after 000003_more compared with after 000001_init
        renamed:
          table alert_logs → alerts
          column alerts.msg → alerts.message
        altered:
          table alerts
            column at added: timestamp with time zone
        """, text.out());
    Cli json = Cli.run("diff", dir.toString(), "--from", "000001", "--to", "000003", "--format", "json");
    JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
    assertEquals("alert_logs", o.getAsJsonArray("renamed").get(0).getAsJsonObject().get("from").getAsString());
    assertEquals(0, o.getAsJsonArray("added").size());
    assertEquals(0, o.getAsJsonArray("removed").size());
  }

  /** The history commands read strata.toml as lint does: a rule raised to an error fails its migration. */
  @Test
  void timelineHonoursTheProjectsRuleSeverities(@TempDir Path dir) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(migrations.resolve("1_init.up.sql"), "CREATE TABLE t (id int PRIMARY KEY, x text);\n");
    Files.writeString(migrations.resolve("2_drop.up.sql"), "ALTER TABLE t DROP COLUMN x;\n");
    assertEquals("ok", lastStatus(Cli.run("timeline", dir.toString(), "--format", "json")));

    Files.writeString(dir.resolve("strata.toml"), "[rules]\ndropping-column = \"error\"\n");
    assertEquals("fails", lastStatus(Cli.run("timeline", dir.toString(), "--format", "json")));
    assertEquals(1, Cli.run("lint", dir.toString()).code());
  }

  private static String lastStatus(Cli timeline) {
    assertEquals(0, timeline.code(), timeline.err());
    JsonArray rows = JsonParser.parseString(timeline.out()).getAsJsonObject().getAsJsonArray("histories").get(0)
        .getAsJsonObject().getAsJsonArray("migrations");
    return rows.get(rows.size() - 1).getAsJsonObject().get("status").getAsString();
  }
}
