package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: applies migrations statement by statement and keeps the catalog and problems of
 * the last one. Immutable-style chaining: {@code History.of("CREATE ...").then("ALTER ...")}.
 */
final class History {
  Catalog cat;
  final List<Diagnostic> problems = new ArrayList<>();
  String lastSource = "";
  Catalog beforeLast;

  private History(Catalog cat) {
    this.cat = cat;
  }

  static History of(String sql) {
    return new History(Catalog.empty()).then(sql);
  }

  /** Applies {@code sql} as migration "m<n>", outside a transaction unless {@link #inTx} is used. */
  History then(String sql) {
    return run(sql, false);
  }

  History inTx(String sql) {
    return run(sql, true);
  }

  private History run(String sql, boolean tx) {
    problems.clear();
    lastSource = sql;
    beforeLast = cat;
    ApplyContext ctx = new ApplyContext(new FileId("m.sql"), "m", sql, tx);
    for (ParsedStatement ps : SqlParser.parse(sql)) {
      Applied a = Effects.apply(cat, ps.statement(), ctx);
      problems.addAll(a.problems());
      cat = a.after();
    }
    return this;
  }

  Table table(String name) {
    return cat.table(QName.of("public", name)).orElseThrow(() -> new AssertionError("no table " + name));
  }

  Column column(String table, String col) {
    return table(table).column(Name.of(col)).orElseThrow(() -> new AssertionError("no column " + col));
  }

  List<Diagnostic> errors() {
    return problems.stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  /** Asserts exactly one error with this code; returns it. */
  Diagnostic fails(String code) {
    List<Diagnostic> e = errors();
    assertEquals(1, e.size(), "errors: " + e);
    assertEquals(code, e.get(0).code().id(), e.get(0).message());
    return e.get(0);
  }

  /** The source text the error points at. */
  String marked(Diagnostic d) {
    return d.range().range().slice(lastSource);
  }

  History ok() {
    assertTrue(errors().isEmpty(), "unexpected errors: " + errors());
    return this;
  }
}
