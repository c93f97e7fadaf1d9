package dev.strata.model.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationReaderTest {
  private static final FileId FILE = new FileId("migrations/001_init.sql");

  private static String spaces(String line) {
    return " ".repeat(line.length());
  }

  private static ReadMigration goose(String text) {
    return MigrationReader.read(FILE, "001_init", "001", Tool.GOOSE, text);
  }

  @Test
  void gooseDownSectionAndMarkersAreBlankedKeepingOffsets() {
    String text = "-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n";
    Migration m = goose(text).migration();

    assertEquals(spaces("-- +goose Up") + "\nCREATE TABLE t (id int);\n" + spaces("-- +goose Down") + "\n"
        + spaces("DROP TABLE t;") + "\n", m.sql());
    assertEquals(List.of(TextRange.of(13, 38)), m.sections());
    assertEquals("CREATE TABLE t (id int);\n", m.sections().get(0).slice(text));
  }

  @Test
  void gooseStatementBlocksCoverTheLinesBetweenTheirMarkers() {
    String text = "-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n$$ LANGUAGE sql;\n"
        + "-- +goose StatementEnd\nCREATE TABLE t (id int);\n";
    ReadMigration r = goose(text);
    Migration m = r.migration();

    assertEquals(List.of(), r.problems());
    assertEquals(1, m.statementBlocks().size());
    assertEquals("CREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n$$ LANGUAGE sql;\n", m.statementBlocks().get(0).slice(text));
    assertEquals(2, m.sections().size());
    assertEquals("CREATE TABLE t (id int);\n", m.sections().get(1).slice(m.sql()));
    assertEquals(spaces("-- +goose StatementEnd"), m.sql().substring(text.indexOf("-- +goose StatementEnd")).lines().findFirst().get());
  }

  @Test
  void unclosedStatementBlockIsReportedAtItsMarker() {
    String text = "-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\nSELECT 2;\n";
    ReadMigration r = goose(text);

    assertEquals(List.of("unbalanced-statement-block"), r.problems().stream().map(d -> d.code().id()).toList());
    assertEquals(13, r.problems().get(0).range().range().start());
    assertEquals("SELECT 1;\n", r.migration().statementBlocks().get(0).slice(text));
  }

  @Test
  void markersMatchCaseInsensitivelyAndCrlfLinesKeepTheirBreaks() {
    String text = "--  +Goose up\r\nSELECT 1;\r\n-- +goose down\r\nSELECT 2;\r\n";
    Migration m = goose(text).migration();

    assertEquals(spaces("--  +Goose up") + "\r\nSELECT 1;\r\n" + spaces("-- +goose down") + "\r\n" + spaces("SELECT 2;") + "\r\n",
        m.sql());
  }

  @Test
  void rereadAppliesTheToolsRulesToTheNewText() {
    Migration m = goose("-- +goose Up\nSELECT 1;\n").migration();

    Migration edited = MigrationReader.reread(m, "-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n");

    assertEquals(TransactionMode.NONE, edited.transactionMode());
    assertEquals("SELECT 1;\n", edited.sections().get(0).slice(edited.text()));
    assertEquals(m.name(), edited.name());
  }

  @Test
  void dbmateDownSectionIsBlankedAndUpMarkerOptionsRead() {
    String text = "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (id);\n-- migrate:down\nDROP INDEX i;\n";
    Migration m = MigrationReader.read(new FileId("db/migrations/1_i.sql"), "1_i", "1", Tool.DBMATE, text).migration();

    assertEquals(TransactionMode.IMPLICIT_SINGLE_QUERY, m.transactionMode());
    assertEquals(List.of("CREATE INDEX CONCURRENTLY i ON t (id);\n"), m.sections().stream().map(s -> s.slice(text)).toList());
    assertEquals(text.length(), m.sql().length());
    assertEquals(text.lines().count(), m.sql().lines().count());
  }

  @Test
  void wholeFileToolsApplyEverything() {
    String text = "-- +goose Up\nSELECT 1;\n";
    Migration m = MigrationReader.read(new FileId("m/1/migration.sql"), "1", "1", Tool.PRISMA, text).migration();

    assertEquals(text, m.sql());
    assertEquals(List.of(TextRange.of(0, text.length())), m.sections());
    assertEquals(List.of(), m.statementBlocks());
  }
}
