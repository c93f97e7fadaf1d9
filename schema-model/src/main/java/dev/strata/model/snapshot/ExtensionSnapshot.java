package dev.strata.model.snapshot;

import java.util.Objects;

/**
 * An installed extension: the schema its objects live in and its version. The version is
 * informative only; {@link SnapshotDiff} does not compare it, since a migration rarely fixes it.
 */
public record ExtensionSnapshot(String schema, String version) {
  public ExtensionSnapshot {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(version, "version");
  }
}
