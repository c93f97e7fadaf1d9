package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A table constraint, written at table level or inline on a column ({@code inline} is then true and
 * {@code columns} holds that one column). Which optional parts are present depends on {@code kind}:
 * CHECK has {@code check}; FOREIGN_KEY has {@code references}; PRIMARY_KEY/UNIQUE may have
 * {@code usingIndex}, {@code include} and {@code nullsNotDistinct}; EXCLUDE keeps its element list
 * as {@code check} text with {@code method}.
 */
public record TableConstraint(
    Optional<Ident> name,
    Kind kind,
    List<Ident> columns,
    Optional<Expr> check,
    Optional<ForeignKeyRef> references,
    List<Ident> include,
    Optional<Ident> usingIndex,
    Optional<String> method,
    boolean nullsNotDistinct,
    boolean deferrable,
    boolean initiallyDeferred,
    boolean notValid,
    boolean noInherit,
    boolean inline,
    TextRange range) {

  public TableConstraint {
    columns = List.copyOf(columns);
    include = List.copyOf(include);
  }

  public enum Kind {
    PRIMARY_KEY,
    UNIQUE,
    CHECK,
    FOREIGN_KEY,
    EXCLUDE
  }
}
