package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Naming;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.View;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.IndexElem;
import dev.strata.model.sql.ast.Statement.CreateIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** CREATE INDEX: the table (or materialized view) and its columns must exist; names as PostgreSQL picks them. */
final class IndexEffects {
  private IndexEffects() {}

  static void create(Tx tx, CreateIndex s) {
    Optional<QName> on = target(tx, s);
    if (on.isEmpty()) {
      return;
    }
    Optional<Table> table = tx.cat.table(on.get());
    List<Index.Key> keys = new ArrayList<>();
    List<String> colNames = new ArrayList<>();
    for (IndexElem e : s.elements()) {
      if (e.column().isPresent()) {
        Ident col = e.column().get();
        if (table.isPresent() && !tx.hasColumn(table.get(), col)) {
          return;
        }
        keys.add(Index.Key.column(col.name()));
        colNames.add(col.value());
      } else {
        Expr ex = e.expression().orElseThrow();
        keys.add(Index.Key.expression(ExprDeparser.indexKey(ex.tokens(), tx.cat, table).orElse(ex.text())));
        colNames.add(figureColname(ex.tokens()));
      }
    }
    for (Ident inc : s.include()) {
      if (table.isPresent() && !tx.hasColumn(table.get(), inc)) {
        return;
      }
    }
    Name name;
    if (s.name().isPresent()) {
      name = s.name().get().name();
      if (tx.cat.relationExists(new QName(on.get().schema(), name))) {
        if (s.ifNotExists()) {
          tx.note(CatalogProblems.skipped(tx.ctx, s.name().get().range(), "relation", name.value(), true));
        } else {
          tx.fail(CatalogProblems.duplicateRelation(tx.ctx, s.name().get().range(), name.value()));
        }
        return;
      }
    } else {
      name = Naming.chooseName(on.get().name().value(), Naming.joinAddition(dedupe(colNames)), "idx",
          tx.cat.relationNames(on.get().schema()));
    }
    Index idx = new Index(new QName(on.get().schema(), name), on.get(), s.unique(), false, Optional.empty(), keys,
        s.include().stream().map(Ident::name).toList(), s.method().map(i -> i.value()).orElse("btree"),
        s.where().map(w -> ExprDeparser.predicate(w.tokens(), tx.cat, table).orElse(w.text())), true, tx.origin);
    tx.cat = tx.cat.withIndex(idx);
    tx.event(Catalog.objectKey("index", idx.name()), ObjectEvent.Kind.CREATED, "on " + on.get().key());
  }

  private static Optional<QName> target(Tx tx, CreateIndex s) {
    Optional<Name> schema = tx.explicitSchema(s.table());
    Optional<QName> t = tx.cat.resolve(tx.cat.tables(), schema, s.table().name());
    if (t.isPresent()) {
      return t;
    }
    Optional<QName> v = tx.cat.resolve(tx.cat.views(), schema, s.table().name());
    if (v.isPresent() && tx.cat.views().get(v.get()).map(View::materialized).orElse(false)) {
      return v;
    }
    tx.table(s.table());
    return Optional.empty();
  }

  /** A copy of {@code src} on table {@code t} with a generated name (LIKE ... INCLUDING INDEXES). */
  static void copyIndex(Tx tx, Table t, Index src) {
    List<String> cols = src.keys().stream().map(k -> k.column().map(Name::value).orElse("expr")).toList();
    String label = src.primary() ? "pkey" : src.constraint().isPresent() ? "key" : "idx";
    Name name = Naming.chooseName(t.name().name().value(), src.primary() ? null : Naming.joinAddition(cols), label,
        tx.cat.relationNames(t.name().schema()));
    Index copy = new Index(new QName(t.name().schema(), name), t.name(), src.unique(), src.primary(),
        src.constraint().map(c -> name), src.keys(), src.include(), src.method(), src.predicate(), true, tx.origin);
    tx.cat = tx.cat.withIndex(copy);
  }

  /** FigureColname for an index expression: the function's name, a cast's column, else {@code expr}. */
  static String figureColname(List<Token> tokens) {
    List<Token> t = DefaultDeparser.stripParens(DefaultDeparser.significant(tokens));
    if (t.isEmpty()) {
      return "expr";
    }
    Token first = t.get(0);
    if (first.is(TokenKind.WORD) && t.size() > 1 && t.get(1).is(TokenKind.LPAREN)) {
      return first.text().toLowerCase(Locale.ROOT);
    }
    boolean ident = first.is(TokenKind.WORD) || first.is(TokenKind.QUOTED_IDENT);
    if (ident && (t.size() == 1 || t.get(1).is(TokenKind.CAST))) {
      return first.is(TokenKind.WORD) ? Name.unquoted(first.text()).value() : Names.unquote(first.text());
    }
    return "expr";
  }

  /** ChooseIndexColumnNames: a repeated name gets a number appended ({@code expr}, {@code expr1}). */
  static List<String> dedupe(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String candidate = n;
      int i = 0;
      while (out.contains(candidate)) {
        candidate = n + (++i);
      }
      out.add(candidate);
    }
    return out;
  }
}
