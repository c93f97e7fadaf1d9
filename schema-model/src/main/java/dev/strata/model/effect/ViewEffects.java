package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.View;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.dml.DmlResolver;
import dev.strata.model.sql.dml.Problem;
import dev.strata.model.sql.dml.QueryColumns;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CREATE [OR REPLACE] [MATERIALIZED] VIEW; dependencies are the relations the query names, found textually. */
final class ViewEffects {
  private ViewEffects() {}

  static void create(Tx tx, Statement.CreateView s) {
    Optional<Name> schema = tx.creationSchema(s.name());
    if (schema.isEmpty()) {
      return;
    }
    QName q = new QName(schema.get(), s.name().name());
    boolean replacing = s.orReplace() && tx.cat.views().get(q).map(v -> !v.materialized()).orElse(false);
    if (!replacing && tx.cat.relationExists(q)) {
      if (s.ifNotExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, s.name().last().range(), "relation", q.name().value(), true));
      } else {
        tx.fail(CatalogProblems.duplicateRelation(tx.ctx, s.name().last().range(), q.name().value()));
      }
      return;
    }
    QueryColumns query = DmlResolver.queryColumns(tx.ctx.source(), s.query(), new CatalogLookup(tx.cat));
    Optional<Problem> unresolved = query.result().problems().stream().filter(p -> p.kind() == Problem.Kind.UNKNOWN_TABLE
        || p.kind() == Problem.Kind.MISSING_FROM_ENTRY || p.kind() == Problem.Kind.UNKNOWN_COLUMN)
        .findFirst();
    if (unresolved.isPresent()) {
      tx.fail(problem(tx, unresolved.get()));
      return;
    }
    View v = new View(q, s.materialized(), columns(s, query), dependencies(tx.cat, s.query().tokens()),
        s.query().text(), tx.origin);
    tx.cat = tx.cat.withViews(tx.cat.views().with(q, v));
    tx.event(Catalog.objectKey("view", q), replacing ? ObjectEvent.Kind.ALTERED : ObjectEvent.Kind.CREATED,
        s.materialized() ? "materialized view" : "view");
  }

  /**
   * The view's column names as PostgreSQL stores them: the query's output names through the DML
   * resolver against the catalog at this point, with an explicit column list renaming the leading
   * ones. Empty when the output cannot be derived (e.g. {@code *} over a relation of unknown shape).
   */
  private static List<Name> columns(Statement.CreateView s, QueryColumns query) {
    List<Name> explicit = s.columnNames().stream().map(Ident::name).toList();
    Optional<List<Name>> derived = query.columns();
    if (derived.isEmpty() || derived.get().size() < explicit.size()) {
      return explicit;
    }
    List<Name> out = new ArrayList<>(explicit);
    out.addAll(derived.get().subList(explicit.size(), derived.get().size()));
    return out;
  }

  /**
   * The error PostgreSQL raises for a name the view's query cannot resolve (42P01 for a relation,
   * 42703 for a column): the view is not created.
   */
  private static Diagnostic problem(Tx tx, Problem p) {
    String missing = p.names().isEmpty() ? "?" : p.names().get(0).value();
    String relation = p.names().size() > 1 ? p.names().get(1).value() : "?";
    return p.kind() == Problem.Kind.UNKNOWN_COLUMN
        ? CatalogProblems.unknownColumn(tx.ctx, p.range(), missing, relation)
        : CatalogProblems.unknownTable(tx.ctx, p.range(), "relation", missing);
  }

  /** Relations a query names: identifiers (optionally schema-qualified) that resolve to a table or view. */
  static Set<QName> dependencies(Catalog cat, List<Token> tokens) {
    Set<QName> out = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.is(TokenKind.WORD) && !t.is(TokenKind.QUOTED_IDENT)) {
        continue;
      }
      Name n = t.is(TokenKind.WORD) ? Name.unquoted(t.text()) : Name.quoted(Names.unquote(t.text()));
      Optional<Name> schema = Optional.empty();
      if (i >= 2 && tokens.get(i - 1).is(TokenKind.DOT)) {
        Token s = tokens.get(i - 2);
        schema = Optional.of(s.is(TokenKind.WORD) ? Name.unquoted(s.text()) : Name.quoted(Names.unquote(s.text())));
      }
      Optional<QName> table = cat.resolve(cat.tables(), schema, n).or(() -> cat.resolve(cat.views(), Optional.empty(),
          n));
      if (schema.isPresent() && table.isEmpty()) {
        continue;
      }
      table.ifPresent(out::add);
    }
    return out;
  }
}
