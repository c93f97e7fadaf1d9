package dev.strata.model.text;

import java.util.Objects;

/**
 * Identifies one source file of a project by its path relative to the project root, with forward
 * slashes. Two ids are equal when their paths are; the model never opens the file itself.
 */
public record FileId(String path) implements Comparable<FileId> {
  // equals and hashCode are written out: a record's generated ones are bound through
  // invokedynamic on first use and run as method-handle chains, which a fresh process (and C1)
  // paid for on every map lookup.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof FileId f && path.equals(f.path));
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  public FileId {
    Objects.requireNonNull(path, "path");
    path = path.replace('\\', '/');
  }

  /** The last path segment, e.g. {@code migration.sql}. */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  @Override
  public int compareTo(FileId other) {
    return path.compareTo(other.path);
  }

  @Override
  public String toString() {
    return path;
  }
}
