package dev.strata.model.effect;

import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * Checks string literals that become enum values in a default or a cast: a label the enum lacks is
 * 22P02, a label added in the still-open transaction is 55P04.
 */
final class EnumLiterals {
  private EnumLiterals() {}

  static void check(Tx tx, Expr expr, SqlType target) {
    List<Token> t = DefaultDeparser.stripParens(DefaultDeparser.significant(expr.tokens()));
    if (t.size() == 1 && t.get(0).is(TokenKind.STRING) && target.arrayDims() == 0) {
      checkLabel(tx, t.get(0), target.name());
    }
    for (int i = 0; i + 2 < t.size(); i++) {
      if (t.get(i).is(TokenKind.STRING) && t.get(i + 1).is(TokenKind.CAST)) {
        Token typeTok = t.get(i + 2);
        Name n = typeTok.is(TokenKind.QUOTED_IDENT) ? Name.quoted(Names.unquote(typeTok.text()))
            : Name.unquoted(typeTok.text());
        Token literal = t.get(i);
        tx.cat.resolve(tx.cat.enums(), Optional.empty(), n).ifPresent(q -> checkLabel(tx, literal, q));
      }
    }
  }

  private static void checkLabel(Tx tx, Token literal, QName enumName) {
    Optional<EnumType> e = tx.cat.enums().get(enumName);
    if (e.isEmpty()) {
      return;
    }
    String label = DefaultDeparser.stringValue(literal);
    TextRange at = literal.range();
    String typeSql = enumName.name().sql();
    if (!e.get().labels().contains(label)) {
      tx.fail(CatalogProblems.invalidEnumLiteral(tx.ctx, at, label, typeSql));
    } else if (e.get().uncommitted().contains(label) && tx.ctx.inTransaction()) {
      tx.fail(CatalogProblems.unsafeNewEnumValue(tx.ctx, at, label, typeSql));
    }
  }
}
