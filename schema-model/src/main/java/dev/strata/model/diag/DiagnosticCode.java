package dev.strata.model.diag;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stable, kebab-case diagnostic id with its category, default severity and, for problems that
 * PostgreSQL itself would raise, the SQLSTATE it would give. Ids never change once released.
 */
public record DiagnosticCode(String id, Category category, Severity defaultSeverity, Optional<String> sqlstate) {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  public static final String DOCS_BASE = "https://github.com/strata-sql/strata/blob/main/docs/diagnostics.md#";

  public DiagnosticCode {
    Objects.requireNonNull(id, "id");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException("diagnostic id must be kebab-case: " + id);
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(sqlstate, "sqlstate");
  }

  /** A problem PostgreSQL would reject with the given SQLSTATE. */
  public static DiagnosticCode catalog(String id, String sqlstate) {
    return new DiagnosticCode(id, Category.CATALOG, Severity.ERROR, Optional.of(sqlstate));
  }

  public static DiagnosticCode syntax(String id, Severity severity, String sqlstate) {
    return new DiagnosticCode(id, Category.SYNTAX, severity, Optional.ofNullable(sqlstate));
  }

  public static DiagnosticCode migration(String id, Severity severity) {
    return new DiagnosticCode(id, Category.MIGRATION, severity, Optional.empty());
  }

  public static DiagnosticCode check(String id, Severity severity) {
    return new DiagnosticCode(id, Category.CHECK, severity, Optional.empty());
  }

  public String docUrl() {
    return DOCS_BASE + id;
  }
}
