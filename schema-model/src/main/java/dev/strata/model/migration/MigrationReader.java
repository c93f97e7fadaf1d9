package dev.strata.model.migration;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a file's text into a {@link Migration} the way its tool reads it: which parts are applied
 * and how the file runs with respect to transactions.
 *
 * <ul>
 *   <li>Prisma (up to 6) and golang-migrate send the file as one simple-query message:
 *       {@link TransactionMode#IMPLICIT_SINGLE_QUERY}.
 *   <li>Flyway splits and wraps the file ({@link TransactionMode#WRAPPED}); a file that mentions
 *       {@code CONCURRENTLY} anywhere runs without a transaction ({@link TransactionMode#NONE}), the
 *       rule the corpus oracle applied (real Flyway decides per statement; files rarely differ).
 *   <li>goose applies the Up section, split, wrapped unless {@code -- +goose NO TRANSACTION}
 *       (then {@link TransactionMode#NONE}: each statement on its own).
 *   <li>dbmate sends the up section as one query inside BEGIN/COMMIT; with
 *       {@code transaction:false} it is still one query, so PostgreSQL's implicit transaction
 *       applies: {@link TransactionMode#IMPLICIT_SINGLE_QUERY}.
 *   <li>diesel sends up.sql as one query inside BEGIN/COMMIT; {@code run_in_transaction = false}
 *       in metadata.toml makes it {@link TransactionMode#IMPLICIT_SINGLE_QUERY} (decided by
 *       discovery, which sees metadata.toml, and kept by {@link #reread}).
 *   <li>Plain folders: each file split and wrapped.
 * </ul>
 */
public final class MigrationReader {
  private static final Pattern CONCURRENTLY = Pattern.compile("\\bCONCURRENTLY\\b", Pattern.CASE_INSENSITIVE);

  private MigrationReader() {}

  /** Reads a file with its tool's rules. Marker problems (goose Up missing, ...) come back as diagnostics. */
  public static ReadMigration read(FileId file, String name, String version, Tool tool, String text) {
    return read(file, name, version, tool, defaultMode(tool), text);
  }

  /** Re-reads an edited migration with its tool's rules; cheap enough for every keystroke. */
  public static Migration reread(Migration m, String newText) {
    return rereadWithProblems(m, newText).migration();
  }

  /** Like {@link #reread}, also returning the marker problems of the new text. */
  public static ReadMigration rereadWithProblems(Migration m, String newText) {
    TransactionMode base = m.tool() == Tool.DIESEL ? m.transactionMode() : defaultMode(m.tool());
    return read(m.file(), m.name(), m.version(), m.tool(), base, newText);
  }

  /** How a tool runs a file that carries no marker of its own. */
  public static TransactionMode defaultMode(Tool tool) {
    if (tool == Tool.PRISMA || tool == Tool.GOLANG_MIGRATE) {
      return TransactionMode.IMPLICIT_SINGLE_QUERY;
    }
    return TransactionMode.WRAPPED;
  }

  private static ReadMigration read(FileId file, String name, String version, Tool tool, TransactionMode base, String text) {
    if (tool == Tool.GOOSE) {
      return marked(file, name, version, tool, text, MarkedSections.goose(file, text), TransactionMode.NONE);
    }
    if (tool == Tool.DBMATE) {
      return marked(
          file, name, version, tool, text, MarkedSections.dbmate(file, text), TransactionMode.IMPLICIT_SINGLE_QUERY);
    }
    TransactionMode mode = base;
    if (tool == Tool.FLYWAY && CONCURRENTLY.matcher(text).find()) {
      mode = TransactionMode.NONE;
    }
    return new ReadMigration(Migration.whole(file, name, version, tool, mode, text), List.of());
  }

  private static ReadMigration marked(
      FileId file,
      String name,
      String version,
      Tool tool,
      String text,
      MarkedSections.Sectioned s,
      TransactionMode optedOut) {
    TransactionMode mode = s.noTransaction() ? optedOut : TransactionMode.WRAPPED;
    List<TextRange> blocks = s.blocks();
    Migration m = new Migration(file, name, version, tool, mode, text, s.sql(), s.sections(), blocks);
    return new ReadMigration(m, s.problems());
  }
}
