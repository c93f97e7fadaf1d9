package dev.strata.model.catalog;

import java.util.Objects;

/**
 * A range type made by {@code CREATE TYPE name AS RANGE (SUBTYPE = ...)} and the multirange type
 * PostgreSQL 14+ creates with it. The catalog keys one entry under each of the two names.
 */
public record RangeType(QName name, SqlType subtype, QName multirange, Origin origin) {
  public RangeType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(multirange, "multirange");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * PostgreSQL's default multirange name ({@code makeMultirangeTypeName}): "multi" inserted before
   * the first "range" in the name ({@code uuidrange} becomes {@code uuidmultirange}), otherwise
   * {@code _multirange} appended ({@code floats} becomes {@code floats_multirange}).
   */
  public static Name defaultMultirangeName(Name range) {
    String n = range.value();
    int at = n.indexOf("range");
    return Name.of(at >= 0 ? n.substring(0, at) + "multi" + n.substring(at) : n + "_multirange");
  }
}
