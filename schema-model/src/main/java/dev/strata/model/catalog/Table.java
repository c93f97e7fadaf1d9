package dev.strata.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table. Column order is attnum order. {@code opaqueColumns} is true when the columns are not
 * known (CREATE TABLE AS, unknown LIKE source): references to unknown columns are then not errors.
 * Indexes live in {@link Catalog#indexes()}, keyed by their own name.
 */
public record Table(
    QName name,
    Kind kind,
    Optional<QName> partitionOf,
    List<QName> inherits,
    List<Column> columns,
    List<Constraint> constraints,
    List<Trigger> triggers,
    boolean opaqueColumns,
    Origin origin) {

  public Table {
    Objects.requireNonNull(name, "name");
    inherits = List.copyOf(inherits);
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(origin, "origin");
  }

  public enum Kind { ORDINARY, PARTITIONED }

  // Loops, not streams: these run for nearly every statement of a history.
  public Optional<Column> column(Name n) {
    for (Column c : columns) {
      if (c.name().equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public Optional<Constraint> constraint(Name n) {
    for (Constraint c : constraints) {
      if (c.name().equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public Optional<Constraint> primaryKey() {
    for (Constraint c : constraints) {
      if (c.kind() == Constraint.Kind.PRIMARY_KEY) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public Optional<Trigger> trigger(Name n) {
    return triggers.stream().filter(t -> t.name().equals(n)).findFirst();
  }

  public Table withName(QName n, Origin o) {
    return new Table(n, kind, partitionOf, inherits, columns, constraints, triggers, opaqueColumns, o);
  }

  public Table withColumns(List<Column> c, Origin o) {
    return new Table(name, kind, partitionOf, inherits, c, constraints, triggers, opaqueColumns, o);
  }

  public Table withConstraints(List<Constraint> c, Origin o) {
    return new Table(name, kind, partitionOf, inherits, columns, c, triggers, opaqueColumns, o);
  }

  public Table withTriggers(List<Trigger> t, Origin o) {
    return new Table(name, kind, partitionOf, inherits, columns, constraints, t, opaqueColumns, o);
  }

  public Table withPartitionOf(Optional<QName> parent, Origin o) {
    return new Table(name, kind, parent, inherits, columns, constraints, triggers, opaqueColumns, o);
  }

  /** A table whose column {@code n} is replaced by {@code f(column)}; unchanged when absent. */
  public Table mapColumn(Name n, UnaryOperator<Column> f, Origin o) {
    List<Column> out = new ArrayList<>(columns.size());
    for (Column c : columns) {
      out.add(c.name().equals(n) ? f.apply(c) : c);
    }
    return withColumns(out, o);
  }

  public Table withColumn(Column c, Origin o) {
    List<Column> out = new ArrayList<>(columns);
    out.add(c);
    return withColumns(out, o);
  }

  public Table withoutColumn(Name n, Origin o) {
    return withColumns(columns.stream().filter(c -> !c.name().equals(n)).toList(), o);
  }

  public Table withConstraint(Constraint c, Origin o) {
    List<Constraint> out = new ArrayList<>(constraints);
    out.add(c);
    return withConstraints(out, o);
  }

  public Table withoutConstraint(Name n, Origin o) {
    return withConstraints(constraints.stream().filter(c -> !c.name().equals(n)).toList(), o);
  }
}
