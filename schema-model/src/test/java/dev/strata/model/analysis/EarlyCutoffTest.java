package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Incremental updates re-use later results when an edit moves text but not the schema. */
class EarlyCutoffTest {
  private static final String CREATE = "CREATE TABLE t (a int, b int);\n";
  private static final String DROP = "ALTER TABLE t DROP COLUMN b;\n";
  private static final String USE = "ALTER TABLE t DROP COLUMN b;\n";

  private static List<Migration> history(String second) {
    List<Migration> out = new ArrayList<>();
    String[] texts = {CREATE, second, "CREATE TABLE u (x int);\n", USE, "CREATE INDEX ON u (x);\n"};
    for (int i = 0; i < texts.length; i++) {
      String name = "m" + (i + 1);
      out.add(Migration.whole(new FileId(name + ".sql"), name, name, Tool.PLAIN, TransactionMode.NONE, texts[i]));
    }
    return out;
  }

  @Test
  void commentAboveADropReusesLaterResultsAndMovesTheirRelatedLocations() {
    Analysis base = Analysis.of(history(DROP));
    String edited = "-- why we drop b\n-- (a second line)\n" + DROP;
    Analysis incremental = base.withText(new FileId("m2.sql"), edited);
    Analysis fresh = Analysis.of(history(edited));

    assertEquals(1, incremental.recomputedCount());
    List<Diagnostic> diags = incremental.diagnostics();
    assertFalse(diags.isEmpty(), "dropping b twice is an error");
    assertEquals(fresh.diagnostics(), diags);
    assertTrue(diags.stream().flatMap(d -> d.related().stream())
        .anyMatch(r -> r.location().file().equals(new FileId("m2.sql"))
            && r.location().range().start() >= "-- why we drop b\n-- (a second line)\n".length()),
        "the related location follows the moved DROP: " + diags);
  }

  @Test
  void repeatedKeystrokesAboveAndBelowKeepReusingAndStayEqualToAFreshAnalysis() {
    Analysis a = Analysis.of(history(DROP));
    String text = DROP;
    for (int i = 0; i < 5; i++) {
      text = i % 2 == 0 ? "-- note " + i + "\n" + text : text + "\n-- trailing " + i + "\n";
      a = a.withText(new FileId("m2.sql"), text);
      assertEquals(1, a.recomputedCount());
      assertEquals(Analysis.of(history(text)).diagnostics(), a.diagnostics());
    }
  }

  @Test
  void aSchemaChangeRecomputesEveryLaterMigration() {
    Analysis base = Analysis.of(history(DROP));
    Analysis edited = base.withText(new FileId("m2.sql"), "ALTER TABLE t DROP COLUMN a;\n");
    assertEquals(4, edited.recomputedCount());
    assertEquals(Analysis.of(history("ALTER TABLE t DROP COLUMN a;\n")).diagnostics(), edited.diagnostics());
  }
}
