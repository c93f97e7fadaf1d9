package dev.strata.model.diag;

/** How much a diagnostic matters. Order is from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  HINT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
