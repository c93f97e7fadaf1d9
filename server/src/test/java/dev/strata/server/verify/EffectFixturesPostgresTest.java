package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL-effect fixtures of schema-model ({@code src/test/resources/effects}) replayed into a real
 * PostgreSQL: after every migration the model's schema must equal what PostgreSQL reports, object
 * for object, and PostgreSQL must accept every statement. This is what makes their golden files true.
 */
class EffectFixturesPostgresTest {

  static Stream<Path> fixtures() throws IOException {
    Path dir = VerifyTesting.repository("schema-model/src/test/resources/effects");
    return Files.list(dir).filter(p -> p.toString().endsWith(".sql")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void modelAgreesWithPostgresAfterEveryMigration(Path fixture) throws IOException, SQLException {
    MigrationRoot root = new MigrationRoot("", Tool.PLAIN, migrations(Files.readString(fixture)), List.of(), List.of());
    VerifyReport report = Verification.run(VerifyTesting.server(), List.of(root));
    StringWriter out = new StringWriter();
    VerifyReportText.print(report, new PrintWriter(out));
    System.out.print(fixture.getFileName() + ": " + out);
    List<String> disagreements = out.toString().lines().filter(l -> l.startsWith("  ")).map(String::trim).toList();
    assertEquals(List.of(), disagreements, out.toString());
    assertTrue(report.agrees(), out.toString());
    assertTrue(report.objectsCompared() > 0, out.toString());
  }

  /** The fixture's {@code -- file:} sections as plain-folder migrations; the {@code $0} cursor removed. */
  static List<Migration> migrations(String text) {
    List<Migration> out = new ArrayList<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : (text + "\n-- file: <end>").split("\n")) {
      if (line.startsWith("-- file:")) {
        if (name != null) {
          String sql = body.toString().replace("$0", "");
          String id = name.replaceFirst("\\.sql$", "");
          out.add(Migration.whole(new FileId(name), id, id, Tool.PLAIN, TransactionMode.WRAPPED, sql));
        }
        name = line.substring("-- file:".length()).trim();
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    return out;
  }
}
