package dev.strata.model.sql.parse;

import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.ForeignKeyRef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/** Collects the parts of a {@link TableConstraint} while its clauses are read in any order. */
final class ConstraintBuilder {
  Optional<Ident> name = Optional.empty();
  TableConstraint.Kind kind;
  List<Ident> columns = List.of();
  Optional<Expr> check = Optional.empty();
  Optional<ForeignKeyRef> references = Optional.empty();
  List<Ident> include = List.of();
  Optional<Ident> usingIndex = Optional.empty();
  Optional<String> method = Optional.empty();
  boolean nullsNotDistinct;
  boolean deferrable;
  boolean initiallyDeferred;
  boolean notValid;
  boolean noInherit;
  boolean inline;

  TableConstraint build(TextRange range) {
    return new TableConstraint(name, kind, columns, check, references, include, usingIndex, method,
        nullsNotDistinct, deferrable, initiallyDeferred, notValid, noInherit, inline, range);
  }

  /** A copy of {@code c} with deferral attributes written after it ({@code DEFERRABLE INITIALLY DEFERRED}). */
  static TableConstraint withDeferral(TableConstraint c, boolean deferrable, boolean initiallyDeferred, TextRange range) {
    return new TableConstraint(c.name(), c.kind(), c.columns(), c.check(), c.references(), c.include(),
        c.usingIndex(), c.method(), c.nullsNotDistinct(), deferrable, initiallyDeferred, c.notValid(),
        c.noInherit(), c.inline(), c.range().cover(range));
  }
}
