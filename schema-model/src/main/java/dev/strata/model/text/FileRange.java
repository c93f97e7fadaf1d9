package dev.strata.model.text;

import java.util.Objects;

/** A range in a named file: where a diagnostic points, where an object was created. */
public record FileRange(FileId file, TextRange range) {
  // equals and hashCode are written out: a record's generated ones are bound through
  // invokedynamic on first use and run as method-handle chains, which a fresh process (and C1)
  // paid for on every map lookup.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof FileRange r && range.equals(r.range) && file.equals(r.file));
  }

  @Override
  public int hashCode() {
    return 31 * file.hashCode() + range.hashCode();
  }

  public FileRange {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(range, "range");
  }

  @Override
  public String toString() {
    return file + range.toString();
  }
}
