package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;
import java.util.Optional;

/** One element of an index: a column or a parenthesised expression, with its options. */
public record IndexElem(
    Optional<Ident> column,
    Optional<Expr> expression,
    Optional<Ident> collation,
    Optional<QualifiedName> opclass,
    boolean descending,
    Optional<Boolean> nullsFirst,
    TextRange range) {}
