package dev.strata.server.git;

import dev.strata.model.migration.Migration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects from git what {@link HistoryRules} compares: which migrations exist on the base branch
 * and the base copies of those that changed. Paths given and returned are relative to the project
 * root (as {@link dev.strata.model.text.FileId#path()}); git's are relative to the repository top.
 */
public final class GitHistory {
  /** Tried in order when neither {@code --base-ref} nor strata.toml names a base. */
  public static final List<String> DEFAULT_BASE_REFS = List.of("origin/main", "main");

  private final Git git;
  private final Path projectRoot;

  private GitHistory(Git git, Path projectRoot) {
    this.git = git;
    this.projectRoot = projectRoot;
  }

  /** The history view of the project at {@code projectRoot}; throws {@link GitException} outside a work tree. */
  public static GitHistory of(Path projectRoot) {
    Git git = Git.at(projectRoot);
    try {
      return new GitHistory(git, projectRoot.toRealPath());
    } catch (IOException e) {
      throw new GitException("cannot resolve " + projectRoot + ": " + e.getMessage());
    }
  }

  /**
   * The base ref to compare with: {@code configured} when set (it must exist), else the first of
   * {@link #DEFAULT_BASE_REFS} that exists, else empty.
   *
   * @throws GitException when {@code configured} names no commit
   */
  public Optional<String> baseRef(Optional<String> configured) {
    if (configured.isPresent()) {
      if (!git.hasCommit(configured.get())) {
        throw new GitException("unknown git ref '" + configured.get() + "' for --base-ref (fetch it, or name a branch,"
            + " tag or commit)");
      }
      return configured;
    }
    return DEFAULT_BASE_REFS.stream().filter(git::hasCommit).findFirst();
  }

  /** Project-relative paths of the files added or changed since {@code ref}, committed or not. */
  public Set<String> changedSince(String ref) {
    Set<String> out = new HashSet<>();
    for (String repoPath : git.changedSince(ref)) {
      Path abs = git.top().resolve(repoPath).normalize();
      if (abs.startsWith(projectRoot)) {
        out.add(projectRoot.relativize(abs).toString().replace('\\', '/'));
      }
    }
    return out;
  }

  /**
   * What {@code ref} holds of {@code history}, whose files under {@code directory} (project-relative)
   * have {@code onDisk} bytes by path.
   */
  public BaseBranch base(String ref, String directory, List<Migration> history, Map<String, byte[]> onDisk) {
    Path dir = projectRoot.resolve(directory).normalize();
    if (!dir.startsWith(git.top())) {
      return new BaseBranch(ref, Set.of(), Map.of());
    }
    Map<String, String> blobs = git.blobsAt(ref, repoPath(dir));
    Set<String> present = new HashSet<>();
    Map<String, byte[]> differing = new HashMap<>();
    for (Migration m : history) {
      String path = m.file().path();
      String repoPath = repoPath(projectRoot.resolve(path));
      String blob = blobs.get(repoPath);
      if (blob == null) {
        continue;
      }
      present.add(path);
      byte[] now = onDisk.get(path);
      if (now != null && !blob.equals(Checksums.gitBlobId(now))) {
        git.show(ref, repoPath).ifPresent(bytes -> differing.put(path, bytes));
      }
    }
    return new BaseBranch(ref, present, differing);
  }

  private String repoPath(Path abs) {
    return git.top().relativize(abs.normalize()).toString().replace('\\', '/');
  }
}
