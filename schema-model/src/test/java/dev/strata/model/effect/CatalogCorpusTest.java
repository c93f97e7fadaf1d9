package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential test against PostgreSQL 15: applies every corpus history that PostgreSQL accepted
 * and compares the final catalog with the oracle's snapshot. Prints agreement per history.
 */
class CatalogCorpusTest {
  static final Path CORPUS = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"));

  @Test
  void finalCatalogsAgreeWithPostgres() throws IOException {
    int compared = 0;
    int equal = 0;
    List<String> falseErrors = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      for (Path dir : dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList()) {
        CorpusHistory h = CorpusHistory.load(dir);
        if (!h.expected().get("status").getAsString().equals("ok")) {
          continue;
        }
        List<Diagnostic> errors = new ArrayList<>();
        Catalog cat = replay(h, errors);
        SnapshotComparison c = SnapshotComparison.compare(cat, h.expected().getAsJsonObject("final_snapshot"));
        compared += c.compared;
        equal += c.equal;
        System.out.printf("%-40s %5d/%5d equal (%.1f%%), %d catalog errors%n", h.name(), c.equal, c.compared,
            100.0 * c.equal / Math.max(1, c.compared), errors.size());
        c.differences.stream().limit(20).forEach(d -> System.out.println("    " + d));
        errors.stream().limit(10).forEach(d -> System.out.println("    ERROR " + d.range() + " " + d.message()));
        errors.forEach(d -> falseErrors.add(h.name() + ": " + d.message()));
      }
    }
    double rate = 100.0 * equal / Math.max(1, compared);
    System.out.printf("TOTAL %d/%d equal (%.1f%%), %d false catalog errors%n", equal, compared, rate,
        falseErrors.size());
    assertTrue(compared > 3000, "corpus compared: " + compared);
    assertTrue(rate >= FLOOR, "agreement " + rate + "% below floor " + FLOOR);
    assertTrue(falseErrors.size() <= MAX_FALSE_ERRORS, "false catalog errors: " + falseErrors);
  }

  /**
   * seed_p3006 fails in an UPDATE (DML, checked elsewhere); the catalog must hold what that check
   * needs: onboarding_states has client_id and no customer_id, and no DDL error came before.
   */
  @Test
  void seedP3006CatalogLacksTheColumnTheBackfillUses() {
    CorpusHistory h = CorpusHistory.load(CORPUS.resolve("seed_p3006"));
    List<Diagnostic> errors = new ArrayList<>();
    Catalog cat = replay(h, errors);
    assertTrue(errors.isEmpty(), errors.toString());
    var t = cat.table(dev.strata.model.catalog.QName.of("public", "onboarding_states")).orElseThrow();
    assertTrue(t.column(dev.strata.model.catalog.Name.of("client_id")).isPresent());
    assertTrue(t.column(dev.strata.model.catalog.Name.of("customer_id")).isEmpty());
  }

  /** The tool's own table, created before the first migration as the tool does (Harbor alters it). */
  static final java.util.Map<String, String> BOOKKEEPING = java.util.Map.of(
      "prisma", "CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL);",
      "flyway", "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50));",
      "golang-migrate", "CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL);",
      "goose", "CREATE TABLE goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL);");

  static final double FLOOR = 99.5;
  static final int MAX_FALSE_ERRORS = 0;

  static Catalog replay(CorpusHistory h, List<Diagnostic> errors) {
    Catalog cat = Catalog.empty();
    String bookkeeping = BOOKKEEPING.get(h.tool());
    ApplyContext setup = new ApplyContext(new FileId("<tool>"), "<tool>", bookkeeping, false);
    for (ParsedStatement ps : SqlParser.parse(bookkeeping)) {
      cat = Effects.apply(cat, ps.statement(), setup).after();
    }
    for (CorpusHistory.Mig m : h.migrations()) {
      List<ParsedStatement> stmts = SqlParser.parse(m.sql());
      boolean inTx = m.transactional() && (stmts.size() > 1 || !h.tool().equals("prisma")
          && !h.tool().equals("golang-migrate"));
      ApplyContext ctx = new ApplyContext(new FileId(h.name() + "/" + m.path()), m.name(), m.sql(), inTx);
      for (ParsedStatement ps : stmts) {
        Applied a = Effects.apply(cat, ps.statement(), ctx);
        a.problems().stream().filter(d -> d.severity() == Severity.ERROR).forEach(errors::add);
        cat = a.after();
      }
      cat = cat.commitTransaction();
    }
    return cat;
  }
}
