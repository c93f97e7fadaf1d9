package dev.strata.model.catalog;

import java.util.Optional;

/**
 * A sequence. {@code dataType} is format_type of its type ({@code integer}, {@code bigint},
 * {@code smallint}); {@code ownedBy} is the column whose drop drops it.
 */
public record Sequence(QName name, String dataType, long start, long increment, long min, long max, boolean cycle,
    Optional<ColumnRef> ownedBy, Origin origin) {

  /** A column of a table, as OWNED BY names it. */
  public record ColumnRef(QName table, Name column) {
    public String key() {
      return table.key() + "." + column.value();
    }
  }

  public Sequence withName(QName n, Origin o) {
    return new Sequence(n, dataType, start, increment, min, max, cycle, ownedBy, o);
  }

  public Sequence withOwnedBy(Optional<ColumnRef> owner, Origin o) {
    return new Sequence(name, dataType, start, increment, min, max, cycle, owner, o);
  }

  /** PostgreSQL's defaults for an ascending sequence of {@code dataType}. */
  public static Sequence defaults(QName name, String dataType, Origin o) {
    long max = maxFor(dataType);
    return new Sequence(name, dataType, 1, 1, 1, max, false, Optional.empty(), o);
  }

  public static long maxFor(String dataType) {
    if (dataType.equals("smallint")) {
      return Short.MAX_VALUE;
    }
    return dataType.equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
  }

  public static long minFor(String dataType) {
    if (dataType.equals("smallint")) {
      return Short.MIN_VALUE;
    }
    return dataType.equals("integer") ? Integer.MIN_VALUE : Long.MIN_VALUE;
  }
}
