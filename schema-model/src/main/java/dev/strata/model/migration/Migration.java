package dev.strata.model.migration;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Objects;

/**
 * One migration in apply order. {@code name} is what the tool calls it (a Prisma folder name,
 * {@code V3__add_users.sql}); {@code version} is the tool's version key as written. {@code text} is
 * the file as read; {@code sql} is the same text with the parts the tool does not apply (goose
 * Down, dbmate down sections, tool markers) blanked to spaces, so every offset is the file's own.
 * {@code sections} lists the applied ranges.
 */
public record Migration(
    FileId file,
    String name,
    String version,
    Tool tool,
    TransactionMode transactionMode,
    String text,
    String sql,
    List<TextRange> sections) {

  public Migration {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sql, "sql");
    if (sql.length() != text.length()) {
      throw new IllegalArgumentException("sql must keep the text's offsets");
    }
    sections = List.copyOf(sections);
  }

  /** A migration whose whole text is applied. */
  public static Migration whole(FileId file, String name, String version, Tool tool, TransactionMode mode, String text) {
    return new Migration(file, name, version, tool, mode, text, text, List.of(new TextRange(0, text.length())));
  }

  public Migration withText(String newText) {
    return MigrationReader.reread(this, newText);
  }
}
