package dev.strata.model.text;

import java.util.Objects;

/**
 * Identifies one source file of a project by its path relative to the project root, with forward
 * slashes. Two ids are equal when their paths are; the model never opens the file itself.
 */
public record FileId(String path) implements Comparable<FileId> {
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
