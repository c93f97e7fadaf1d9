package dev.strata.model.text;

import java.util.Objects;

/** A range in a named file: where a diagnostic points, where an object was created. */
public record FileRange(FileId file, TextRange range) {
  public FileRange {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(range, "range");
  }

  @Override
  public String toString() {
    return file + range.toString();
  }
}
