package dev.strata.model.catalog;

import java.util.List;
import java.util.Optional;

/** A domain over {@code baseType} with its NOT NULL, default and CHECK expressions. */
public record Domain(QName name, SqlType baseType, boolean notNull, Optional<String> defaultExpr, List<String> checks,
    Origin origin) {
  public Domain {
    checks = List.copyOf(checks);
  }

  public Domain withName(QName n, Origin o) {
    return new Domain(n, baseType, notNull, defaultExpr, checks, o);
  }
}
