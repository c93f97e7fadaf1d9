package dev.strata.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table constraint. PRIMARY KEY, UNIQUE and EXCLUDE are backed by an index of the same name;
 * FOREIGN KEY has {@code references}; CHECK keeps its expression text in {@code expression}
 * (EXCLUDE keeps its element list there).
 */
public record Constraint(
    Name name,
    Kind kind,
    List<Name> columns,
    Optional<String> expression,
    Optional<ForeignKey> references,
    boolean deferrable,
    boolean initiallyDeferred,
    boolean validated,
    Origin origin) {

  public Constraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    Objects.requireNonNull(origin, "origin");
  }

  public enum Kind {
    PRIMARY_KEY("p"),
    UNIQUE("u"),
    CHECK("c"),
    FOREIGN_KEY("f"),
    EXCLUDE("x");

    public final String code;

    Kind(String code) {
      this.code = code;
    }

    /** True for the kinds PostgreSQL backs with an index of the constraint's name. */
    public boolean hasIndex() {
      return this == PRIMARY_KEY || this == UNIQUE || this == EXCLUDE;
    }
  }

  /** The referenced side of a foreign key; actions use pg_constraint's one-letter codes. */
  public record ForeignKey(QName table, List<Name> columns, String onDelete, String onUpdate, String match) {
    public ForeignKey {
      columns = List.copyOf(columns);
    }

    public ForeignKey withTable(QName t) {
      return new ForeignKey(t, columns, onDelete, onUpdate, match);
    }

    public ForeignKey withColumns(List<Name> c) {
      return new ForeignKey(table, c, onDelete, onUpdate, match);
    }
  }

  public Constraint withName(Name n, Origin o) {
    return new Constraint(n, kind, columns, expression, references, deferrable, initiallyDeferred, validated, o);
  }

  public Constraint withColumns(List<Name> c) {
    return new Constraint(name, kind, c, expression, references, deferrable, initiallyDeferred, validated, origin);
  }

  public Constraint withReferences(ForeignKey fk) {
    return new Constraint(name, kind, columns, expression, Optional.of(fk), deferrable, initiallyDeferred, validated,
        origin);
  }

  public Constraint withValidated(boolean v, Origin o) {
    return new Constraint(name, kind, columns, expression, references, deferrable, initiallyDeferred, v, o);
  }
}
