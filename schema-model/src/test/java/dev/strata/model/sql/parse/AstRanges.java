package dev.strata.model.sql.parse;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.TypeName;
import dev.strata.model.text.TextRange;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Test helpers: slicing ranges and checking that every identifier and expression in a tree points at its text. */
final class AstRanges {
  private AstRanges() {}

  static String slice(String source, TextRange range) {
    return range.slice(source);
  }

  /**
   * Problems found in {@code node}: an {@link Ident} whose range does not hold text that folds to its
   * name (built-in type names excepted), or an {@link Expr} whose text differs from its range's slice.
   */
  static void check(String source, Object node, Consumer<String> problems) {
    if (node instanceof TypeName t) {
      if (!t.builtin()) {
        check(source, t.name(), problems);
      }
      return;
    }
    if (node instanceof Ident id) {
      String written = slice(source, id.range());
      if (!fold(written).equals(id.name())) {
        problems.accept("ident " + id.name() + " at " + id.range() + " but text is '" + written + "'");
      }
      return;
    }
    if (node instanceof Expr e) {
      if (!e.text().equals(slice(source, e.range()))) {
        problems.accept("expr text differs from its range " + e.range());
      }
      return;
    }
    if (node instanceof Optional<?> o) {
      o.ifPresent(v -> check(source, v, problems));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> check(source, v, problems));
    } else if (node instanceof Record r) {
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        try {
          check(source, rc.getAccessor().invoke(r), problems);
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
  }

  private static Name fold(String written) {
    if (written.startsWith("\"")) {
      return Name.quoted(written.substring(1, written.length() - 1).replace("\"\"", "\""));
    }
    if (written.regionMatches(true, 0, "U&\"", 0, 3)) {
      return Name.quoted(Literals.quotedIdent(new Token(TokenKind.QUOTED_IDENT, 0, written.length(), written, false)));
    }
    return Name.unquoted(written);
  }
}
