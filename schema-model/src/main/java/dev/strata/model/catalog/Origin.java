package dev.strata.model.catalog;

import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.Objects;

/**
 * Where an object came from: the statement that created it or last changed it, and the migration
 * that statement belongs to. Built-in objects use {@link #BUILTIN}.
 */
public record Origin(FileId file, TextRange range, String migration) {
  public static final Origin BUILTIN = new Origin(new FileId("<builtin>"), TextRange.EMPTY, "<builtin>");

  public Origin {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(migration, "migration");
  }

  public FileRange location() {
    return new FileRange(file, range);
  }

  /**
   * True for objects no migration file made: built-ins and the tool's bookkeeping table (their
   * file is a synthetic name such as {@code <prisma>}).
   */
  public boolean isSynthetic() {
    return file.path().startsWith("<");
  }

  public boolean isBuiltin() {
    return this.equals(BUILTIN);
  }
}
