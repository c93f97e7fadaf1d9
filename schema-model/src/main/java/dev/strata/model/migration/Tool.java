package dev.strata.model.migration;

import java.util.Locale;
import java.util.Optional;

/** The migration tools whose folder layout, ordering and transaction semantics we reproduce. */
public enum Tool {
  PRISMA,
  FLYWAY,
  GOLANG_MIGRATE,
  GOOSE,
  DBMATE,
  DIESEL,
  PLAIN;

  /** The id users write in config and on the command line: {@code golang-migrate}, {@code prisma}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Tool> fromId(String id) {
    for (Tool t : values()) {
      if (t.id().equalsIgnoreCase(id.trim())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
