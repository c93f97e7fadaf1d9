package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Related;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * The diagnostics discovery and section reading report, built here so their wording stays
 * uniform. File-level problems point at the start of the file they name.
 */
public final class MigrationProblems {
  /** Two migrations of one root share a version; the tool refuses to run. */
  public static final DiagnosticCode DUPLICATE_VERSION = DiagnosticCode.migration("duplicate-version", Severity.ERROR);
  /** A Flyway version whose numeric order differs from its file-name order. */
  public static final DiagnosticCode VERSION_ORDER = DiagnosticCode.migration("version-order", Severity.WARNING);
  /** A file in a migration folder whose name the tool does not read as a migration. */
  public static final DiagnosticCode INVALID_NAME = DiagnosticCode.migration("invalid-migration-name", Severity.WARNING);
  /** A goose file without {@code -- +goose Up} or a dbmate file without {@code -- migrate:up}. */
  public static final DiagnosticCode MISSING_UP_MARKER = DiagnosticCode.migration("missing-up-marker", Severity.ERROR);
  /** A goose {@code StatementBegin} without its {@code StatementEnd}, or the reverse. */
  public static final DiagnosticCode UNBALANCED_STATEMENT_BLOCK =
      DiagnosticCode.migration("unbalanced-statement-block", Severity.ERROR);
  /** A configured migration root that holds no migration. */
  public static final DiagnosticCode EMPTY_ROOT = DiagnosticCode.migration("empty-migration-root", Severity.WARNING);

  private MigrationProblems() {}

  static Diagnostic duplicateVersion(FileId file, String version, FileId first) {
    return Diagnostic.of(DUPLICATE_VERSION, atStart(file),
            "version " + version + " of " + file.fileName() + " is already used by " + first.fileName())
        .withHelp("Give each migration its own version; the tool refuses to run a folder with duplicates.")
        .withRelated(List.of(new Related(atStart(first), "first migration with version " + version)));
  }

  static Diagnostic versionOrder(FileId file, FileId before) {
    return Diagnostic.of(VERSION_ORDER, atStart(file),
            file.fileName() + " sorts before " + before.fileName()
                + " by file name, but Flyway applies it after (versions compare numerically)")
        .withHelp("Pad version parts with zeros (V1_01, V1_10) so name order and apply order agree.")
        .withRelated(List.of(new Related(atStart(before), "applied just before")));
  }

  static Diagnostic invalidName(FileId file, String why) {
    return Diagnostic.of(INVALID_NAME, atStart(file), file.fileName() + " is not read as a migration: " + why);
  }

  static Diagnostic missingUpMarker(FileId file, String marker) {
    return Diagnostic.of(MISSING_UP_MARKER, atStart(file),
            file.fileName() + " has no \"" + marker + "\" line; the tool refuses this file")
        .withHelp("Start the applied part with a \"" + marker + "\" line.");
  }

  static Diagnostic unbalancedBlock(FileId file, int offset, String message) {
    return Diagnostic.of(UNBALANCED_STATEMENT_BLOCK, new FileRange(file, new TextRange(offset, offset)), message);
  }

  static Diagnostic emptyRoot(String directory) {
    return Diagnostic.of(EMPTY_ROOT, atStart(new FileId(directory.isEmpty() ? "." : directory)),
        "no migrations found in configured root \"" + directory + "\"");
  }

  static FileRange atStart(FileId file) {
    return new FileRange(file, TextRange.EMPTY);
  }
}
