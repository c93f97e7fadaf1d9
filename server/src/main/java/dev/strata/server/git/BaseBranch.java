package dev.strata.server.git;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a base branch (the main branch, as {@code --base-ref} names it) holds of one migration
 * history: which migration files exist there, and the copies of those whose content differs from
 * the file on disk. Paths are the migrations' own ({@link dev.strata.model.text.FileId#path()}).
 *
 * @param ref the ref as the user named it, for messages
 * @param present every migration path that exists at {@code ref}
 * @param differing the bytes at {@code ref} of each present path whose bytes differ on disk
 */
public record BaseBranch(String ref, Set<String> present, Map<String, byte[]> differing) {
  public BaseBranch {
    Objects.requireNonNull(ref, "ref");
    present = Set.copyOf(present);
    differing = Map.copyOf(differing);
  }
}
