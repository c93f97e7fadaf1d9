package dev.strata.server.workspace;

import dev.strata.model.diag.Severity;
import java.util.Locale;
import java.util.Optional;

/** What a project sets a rule to in strata.toml's {@code [rules]} table. */
public enum RuleLevel {
  OFF,
  INFO,
  WARNING,
  ERROR;

  /** The severity to report with; empty for {@link #OFF}. */
  public Optional<Severity> severity() {
    if (this == OFF) {
      return Optional.empty();
    }
    return Optional.of(Severity.valueOf(name()));
  }

  /** {@code "off"}, {@code "info"}, {@code "warning"} (or {@code "warn"}), {@code "error"}; any case. */
  public static Optional<RuleLevel> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("warn")) {
      return Optional.of(WARNING);
    }
    for (RuleLevel l : values()) {
      if (l.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
