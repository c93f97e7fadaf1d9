package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completion at a cursor, from the tokens around it and the schema just before its statement: the
 * columns of an alias's table after {@code alias.}, a table's columns in column positions, tables
 * after FROM/JOIN/INTO/UPDATE/TABLE/ON, types after {@code ::} or in a column's type position,
 * enum labels inside a string compared with or assigned to an enum column, else keywords. The
 * text need not parse; this never throws.
 */
public final class Completion {
  private Completion() {}

  public static CompletionResult at(Analysis a, FileId file, int offset) {
    Optional<MigrationResult> r = a.result(file);
    if (r.isEmpty()) {
      return new CompletionResult(new TextRange(offset, offset), List.of());
    }
    String sql = r.get().migration().sql();
    int clamped = Math.max(0, Math.min(offset, sql.length()));
    CompletionContext ctx = CompletionContext.of(sql, clamped);
    CompletionItems items = new CompletionItems(SymbolIndex.of(a), r.get(), r.get().catalogAt(clamped),
        statementIndex(r.get(), clamped), ctx.quotesNames() || ctx.partialQuoted());
    List<CompletionItem> out = candidates(ctx, items);
    String prefix = Name.asciiLower(ctx.prefix());
    List<CompletionItem> filtered = out.stream()
        .filter(i -> i.label().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)).toList();
    return new CompletionResult(ctx.replaceRange(), filtered);
  }

  private static int statementIndex(MigrationResult r, int offset) {
    for (int i = 0; i < r.statements().size(); i++) {
      if (r.statements().get(i).parsed().statement().range().end() > offset) {
        return i;
      }
    }
    return r.statements().size();
  }

  private static List<CompletionItem> candidates(CompletionContext ctx, CompletionItems items) {
    Catalog c = items.catalog;
    Map<Name, QName> scope = ScopeTables.of(ctx.statement, c);
    if (ctx.inString()) {
      return EnumLabelCompletion.labels(ctx, items, scope);
    }
    Optional<Token> p1 = ctx.back(1);
    if (p1.isPresent() && p1.get().is(TokenKind.DOT)) {
      return afterDot(ctx, items, scope);
    }
    if (p1.isPresent() && p1.get().is(TokenKind.CAST) || typePosition(ctx)) {
      return items.types();
    }
    if (ctx.backIsWord(1, "from", "join", "into", "update", "table", "references", "truncate", "only")
        || ctx.backIsWord(1, "on") && ctx.startsWith("create")
        || ctx.backIsWord(1, "exists") && ctx.backIsWord(4, "table")) {
      return items.relations();
    }
    Optional<QName> target = columnTarget(ctx, scope);
    if (target.isPresent()) {
      return items.columns(target.get());
    }
    if (ctx.backIsWord(1, "where", "and", "or", "select", "by", "set", "on", "returning")
        || p1.map(t -> t.is(TokenKind.COMMA) || t.is(TokenKind.OPERATOR)).orElse(false)) {
      List<CompletionItem> out = new ArrayList<>();
      scope.values().stream().distinct().forEach(q -> out.addAll(items.columns(q)));
      if (!out.isEmpty()) {
        return out;
      }
    }
    return CompletionItems.keywords();
  }

  private static List<CompletionItem> afterDot(CompletionContext ctx, CompletionItems items, Map<Name, QName> scope) {
    Optional<Token> qualifier = ctx.back(2).filter(CompletionContext::isWordLike);
    if (qualifier.isEmpty()) {
      return List.of();
    }
    Name q = ScopeTables.name(qualifier.get());
    QName table = scope.get(q);
    if (table == null) {
      table = items.catalog.resolveRelation(Optional.empty(), q).orElse(null);
    }
    if (table != null) {
      return items.columns(table);
    }
    return items.catalog.schemas().containsKey(q) ? items.relationsIn(q) : List.of();
  }

  /** After {@code ADD COLUMN name}, in a CREATE TABLE column list after the name, after {@code TYPE}. */
  private static boolean typePosition(CompletionContext ctx) {
    Optional<Token> p1 = ctx.back(1);
    Optional<Token> p2 = ctx.back(2);
    if (ctx.backIsWord(1, "type") && (ctx.startsWith("alter", "table") || ctx.backIsWord(2, "data"))) {
      return true;
    }
    if (p1.isEmpty() || !CompletionContext.isWordLike(p1.get()) || p2.isEmpty()) {
      return false;
    }
    boolean afterColumnWord = ctx.backIsWord(2, "column") && ctx.backIsWord(3, "add")
        || ctx.backIsWord(2, "add") && ctx.startsWith("alter", "table");
    boolean inCreateList = ctx.startsWith("create", "table") && (p2.get().is(TokenKind.LPAREN)
        || p2.get().is(TokenKind.COMMA)) && !ctx.backIsWord(1, "constraint", "primary", "unique", "foreign", "check");
    return afterColumnWord || inCreateList;
  }

  /** The table whose columns belong at the cursor: ALTER TABLE t ... COLUMN, INSERT INTO t (, UPDATE t SET. */
  private static Optional<QName> columnTarget(CompletionContext ctx, Map<Name, QName> scope) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    QName first = scope.values().iterator().next();
    if (ctx.startsWith("alter", "table") && (ctx.backIsWord(1, "column", "alter", "rename")
        || ctx.backIsWord(1, "exists") && ctx.backIsWord(3, "column"))) {
      return Optional.of(first);
    }
    boolean inParens = ctx.back(1).map(t -> t.is(TokenKind.LPAREN) || t.is(TokenKind.COMMA)).orElse(false);
    if (ctx.startsWith("insert", "into") && inParens && !ctx.lastKeyword("values", "select").isPresent()) {
      return Optional.of(first);
    }
    if (ctx.startsWith("create") && ctx.lastKeyword("on").isPresent() && inParens) {
      return Optional.of(first);
    }
    boolean setList = ctx.startsWith("update") && ctx.lastKeyword("set", "where", "from").map("set"::equals).orElse(false);
    if (setList && (ctx.backIsWord(1, "set") || ctx.back(1).map(t -> t.is(TokenKind.COMMA)).orElse(false))) {
      return Optional.of(first);
    }
    return Optional.empty();
  }
}
