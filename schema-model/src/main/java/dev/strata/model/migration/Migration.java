package dev.strata.model.migration;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Objects;

/**
 * One migration in apply order. {@code name} is what the tool calls it (a Prisma or diesel folder
 * name, otherwise the file name without {@code .sql} / {@code .up.sql}); {@code version} is the
 * tool's version key as written ({@code 1_20_1}, {@code 0003}, {@code 20241223}). {@code text} is
 * the file as read; {@code sql} is the same text with the parts the tool does not apply (goose
 * Down, dbmate down sections, tool markers) blanked to spaces, newlines kept, so every offset is the
 * file's own. {@code sections} lists the applied ranges in order.
 *
 * <p>{@code statementBlocks} are goose {@code StatementBegin}/{@code StatementEnd} bodies: each
 * one is sent as a single statement, so a splitter must not cut inside it. Empty for other tools.
 */
public record Migration(
    FileId file,
    String name,
    String version,
    Tool tool,
    TransactionMode transactionMode,
    String text,
    String sql,
    List<TextRange> sections,
    List<TextRange> statementBlocks) {

  public Migration {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(transactionMode, "transactionMode");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sql, "sql");
    if (sql.length() != text.length()) {
      throw new IllegalArgumentException("sql must keep the text's offsets");
    }
    sections = List.copyOf(sections);
    statementBlocks = List.copyOf(statementBlocks);
  }

  /** A migration without statement blocks (every tool but goose). */
  public Migration(
      FileId file,
      String name,
      String version,
      Tool tool,
      TransactionMode transactionMode,
      String text,
      String sql,
      List<TextRange> sections) {
    this(file, name, version, tool, transactionMode, text, sql, sections, List.of());
  }

  /** A migration whose whole text is applied. */
  public static Migration whole(FileId file, String name, String version, Tool tool, TransactionMode mode, String text) {
    return new Migration(file, name, version, tool, mode, text, text, List.of(new TextRange(0, text.length())));
  }

  /** The same file read again after an edit, with its tool's section and transaction rules. */
  public Migration withText(String newText) {
    return MigrationReader.reread(this, newText);
  }

  public Migration withTransactionMode(TransactionMode mode) {
    return new Migration(file, name, version, tool, mode, text, sql, sections, statementBlocks);
  }
}
