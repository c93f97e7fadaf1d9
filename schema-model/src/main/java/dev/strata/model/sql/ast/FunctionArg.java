package dev.strata.model.sql.ast;

import java.util.Optional;

/** A routine argument: {@code [IN|OUT|INOUT|VARIADIC] [name] type [DEFAULT expr]}. */
public record FunctionArg(String mode, Optional<Ident> name, TypeName type, Optional<Expr> defaultValue) {}
