package dev.strata.model.effect;

import dev.strata.model.text.FileId;
import java.util.Objects;

/**
 * What a statement is applied in: its file, the migration's name (for messages), the file's text
 * (for fixes that keep quoting style) and whether it runs inside a transaction (for 55P04).
 */
public record ApplyContext(FileId file, String migration, String source, boolean inTransaction) {
  public ApplyContext {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(source, "source");
  }
}
