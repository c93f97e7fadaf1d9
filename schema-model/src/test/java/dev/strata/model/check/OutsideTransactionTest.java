package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index rules' help names the tool's own way to run a migration outside a transaction. */
class OutsideTransactionTest {
  private static List<Diagnostic> indexFindings(Tool tool, TransactionMode mode) {
    Migration init = Migration.whole(new FileId("001.sql"), "001", "001", tool, mode,
        "CREATE TABLE users (id bigint PRIMARY KEY, email text);");
    Migration index = Migration.whole(new FileId("002.sql"), "002", "002", tool, mode,
        "CREATE INDEX users_email ON users (email);\nDROP INDEX users_email;\n");
    return Analysis.of(List.of(init, index)).diagnostics().stream()
        .filter(d -> d.code().id().startsWith("require-concurrent-index")).toList();
  }

  @Test
  void gooseHelpNamesTheNoTransactionAnnotation() {
    List<Diagnostic> found = indexFindings(Tool.GOOSE, TransactionMode.WRAPPED);
    assertEquals(2, found.size());
    for (Diagnostic d : found) {
      assertTrue(d.message().contains("runs in a transaction block (002)"), d.message());
      assertTrue(d.help().orElseThrow().contains("`-- +goose NO TRANSACTION`"), d.help().toString());
    }
  }

  @Test
  void prismaHelpSaysASingleStatementFileRunsOutsideATransaction() {
    Diagnostic create = indexFindings(Tool.PRISMA, TransactionMode.IMPLICIT_SINGLE_QUERY).get(0);
    assertTrue(create.message().endsWith("it is actionable once the index gets a migration of its own"), create.message());
    assertTrue(create.help().orElseThrow().contains("Prisma runs a migration.sql holding a single statement outside"),
        create.help().toString());
  }
}
