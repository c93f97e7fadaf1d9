package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.DidYouMean;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.TextEdit;
import dev.strata.model.effect.CatalogLookup;
import dev.strata.model.effect.CatalogProblems;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.dml.DmlResolver;
import dev.strata.model.sql.dml.DmlResult;
import dev.strata.model.sql.dml.Problem;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that read a statement against the schema before it without changing the schema: syntax
 * errors and the table and column references of DML.
 */
final class StatementChecks {
  private StatementChecks() {}

  static void run(Migration m, ParsedStatement ps, Catalog before, List<Diagnostic> out) {
    Statement s = ps.statement();
    if (s instanceof Statement.ParseError pe) {
      out.add(AnalysisProblems.syntaxError(m.file(), pe.at(), pe.message(), m.name()));
    } else if (s instanceof Statement.Dml dml && checksReferences(dml.kind())) {
      DmlResult result = DmlResolver.check(m.sql(), dml.body(), new CatalogLookup(before));
      for (Problem p : result.problems()) {
        out.add(toDiagnostic(m, p));
      }
    }
  }

  /** The DML whose table and column references are checked (and so parsed by JSqlParser). */
  static boolean checksReferences(Statement.DmlKind kind) {
    return kind == Statement.DmlKind.SELECT || kind == Statement.DmlKind.INSERT || kind == Statement.DmlKind.UPDATE
        || kind == Statement.DmlKind.DELETE;
  }

  private static Diagnostic toDiagnostic(Migration m, Problem p) {
    FileRange at = new FileRange(m.file(), p.range());
    String when = " at this point in history (" + m.name() + ")";
    Diagnostic d;
    switch (p.kind()) {
      case UNKNOWN_COLUMN -> d = Diagnostic.of(CatalogProblems.UNKNOWN_COLUMN, at, columnMessage(p) + when + existing(p))
          .withHelp("PostgreSQL would reject this statement (42703) and stop the migration.");
      case UNKNOWN_TABLE, MISSING_FROM_ENTRY -> d = Diagnostic.of(CatalogProblems.UNKNOWN_TABLE, at, p.message() + when)
          .withHelp("PostgreSQL would reject this statement (42P01) and stop the migration.");
      case AMBIGUOUS_COLUMN -> d = Diagnostic.of(AnalysisProblems.AMBIGUOUS_COLUMN, at, p.message() + when)
          .withHelp("Qualify the column with its table or alias.");
      default -> {
        return AnalysisProblems.queryNotAnalysed(m.file(), p.range(), p.message());
      }
    }
    return withSuggestions(m, d, p);
  }

  /** {@code column "x" does not exist on table "t"}, naming the table when the resolver knows it. */
  private static String columnMessage(Problem p) {
    if (p.names().size() >= 2) {
      return "column \"" + p.names().get(0).value() + "\" does not exist on table \"" + p.names().get(1).value()
          + "\"";
    }
    return p.message();
  }

  /** {@code ; it has "client_id"}: the nearest existing names, so the message alone tells what to do. */
  private static String existing(Problem p) {
    List<String> best = DidYouMean.rank(p.names().get(0).value(), p.candidates().stream().map(n -> n.value()).toList(), 2);
    if (p.names().size() < 2) {
      return "";
    }
    return best.isEmpty() ? "" : "; it has " + String.join(" and ", best.stream().map(b -> '"' + b + '"').toList());
  }

  private static Diagnostic withSuggestions(Migration m, Diagnostic d, Problem p) {
    if (p.kind() == Problem.Kind.AMBIGUOUS_COLUMN || p.names().isEmpty()) {
      return d;
    }
    String wrong = p.names().get(0).value();
    List<String> best = DidYouMean.rank(wrong, p.candidates().stream().map(n -> n.value()).toList(), 3);
    if (best.isEmpty()) {
      return d;
    }
    boolean quoted = isQuoted(m.sql(), p.range());
    List<Fix> fixes = new ArrayList<>();
    for (int i = 0; i < best.size(); i++) {
      String text = quoted ? '"' + best.get(i).replace("\"", "\"\"") + '"' : dev.strata.model.catalog.Name.of(best.get(i)).sql();
      fixes.add(new Fix("Change to " + text, List.of(new TextEdit(m.file(), p.range(), text)), i == 0));
    }
    return d.withFixes(fixes).withHelp(d.help().orElse("") + " Did you mean \"" + best.get(0) + "\"?");
  }

  private static boolean isQuoted(String sql, TextRange r) {
    return r.length() >= 2 && sql.charAt(r.start()) == '"';
  }
}
