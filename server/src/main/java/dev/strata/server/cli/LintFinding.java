package dev.strata.server.cli;

import java.util.Objects;
import java.util.Set;

/**
 * One diagnostic as the {@code lint} reporters see it: already converted to 1-based line/column
 * coordinates, so reporters never touch offsets or source text beyond {@link #sourceLine}.
 *
 * <p>Coordinates: {@code line}/{@code column} name the first character; {@code endLine}/{@code
 * endColumn} name the position just after the last one (so a one-character range on column 5 has
 * {@code endColumn == 6}, which is LSP's exclusive end character plus one). Columns count UTF-16
 * units, like LSP and like Java {@code char} offsets. An empty range ({@code end == start}) is
 * allowed and shown as a single caret.
 *
 * @param file path of the migration file relative to the report root, with forward slashes
 * @param severity one of {@code error}, {@code warning}, {@code info}, {@code hint}
 * @param code the kebab-case diagnostic id, e.g. {@code unknown-column}
 * @param sqlstate the SQLSTATE PostgreSQL would raise, or {@code null} for checks
 * @param migration the migration the file belongs to (e.g. a Prisma folder name), or {@code null}
 * @param help what to change, or {@code null}
 * @param sourceLine the full text of line {@code line}, without its line terminator
 * @param docUrl where the code is documented
 */
public record LintFinding(
    String file,
    int line,
    int column,
    int endLine,
    int endColumn,
    String severity,
    String code,
    String sqlstate,
    String message,
    String migration,
    String help,
    String sourceLine,
    String docUrl) {

  /** The severities a finding may carry, most severe first. */
  public static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "hint");

  public LintFinding {
    Objects.requireNonNull(file, "file");
    file = file.replace('\\', '/');
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    if (endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "range end " + endLine + ":" + endColumn + " before start " + line + ":" + column);
    }
    if (!SEVERITIES.contains(severity)) {
      throw new IllegalArgumentException("unknown severity: " + severity);
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    sourceLine = sourceLine == null ? "" : sourceLine;
    docUrl = docUrl == null ? "" : docUrl;
  }

  /** Whether this finding counts towards a {@code --fail-on} threshold. */
  public boolean isAtLeast(FailOn threshold) {
    return "error".equals(severity) || (threshold == FailOn.WARNING && "warning".equals(severity));
  }
}
