package dev.strata.model.catalog;

/**
 * What became of an object that is gone under its old name: dropped, or renamed to {@code newName}.
 * Keyed in {@link Catalog#history()} by {@link Catalog#columnKey} / {@link Catalog#objectKey}, so a
 * diagnostic can point at the statement that made a name disappear.
 */
public record Tombstone(String key, Fate fate, String newName, Origin created, Origin gone) {
  public enum Fate { DROPPED, RENAMED }
}
