package dev.strata.model.analysis;

import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enum labels inside a string literal: the string is compared with or assigned to a column
 * ({@code col = '|'}, {@code col IN ('a', '|'}, {@code SET DEFAULT '|'}) whose type is an enum.
 */
final class EnumLabelCompletion {
  private EnumLabelCompletion() {}

  static List<CompletionItem> labels(CompletionContext ctx, CompletionItems items, Map<Name, QName> scope) {
    Optional<EnumType> e = column(ctx, items, scope).flatMap(c -> items.catalog.enums().get(c.type().name()));
    if (e.isEmpty()) {
      return List.of();
    }
    return e.get().labels().stream().map(l -> new CompletionItem(l, CompletionItem.Kind.ENUM_LABEL,
        "label of enum " + e.get().name().name().value(), l.replace("'", "''"))).toList();
  }

  /** The column the string goes with: the identifier before the operator, IN list or SET DEFAULT. */
  private static Optional<Column> column(CompletionContext ctx, CompletionItems items, Map<Name, QName> scope) {
    List<Token> b = ctx.before;
    int i = b.size() - 1;
    while (i >= 0 && (b.get(i).is(TokenKind.COMMA) || b.get(i).is(TokenKind.STRING) || b.get(i).is(TokenKind.LPAREN)
        || b.get(i).isWord("in") || b.get(i).isWord("not") || b.get(i).is(TokenKind.OPERATOR)
        || b.get(i).isWord("default") || b.get(i).isWord("set"))) {
      i--;
    }
    if (i < 0 || !CompletionContext.isWordLike(b.get(i))) {
      return Optional.empty();
    }
    Name col = ScopeTables.name(b.get(i));
    if (i >= 2 && b.get(i - 1).is(TokenKind.DOT)) {
      QName t = scope.get(ScopeTables.name(b.get(i - 2)));
      return t == null ? Optional.empty() : items.catalog.table(t).flatMap(x -> x.column(col));
    }
    for (QName q : scope.values()) {
      Optional<Column> c = items.catalog.table(q).flatMap((Table x) -> x.column(col));
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }
}
