package dev.strata.model.sql.ast;

import java.util.List;
import java.util.Optional;

/** A routine named in DROP/ALTER/COMMENT: its name and, when given, its argument types. */
public record FunctionRef(QualifiedName name, Optional<List<TypeName>> argTypes) {}
