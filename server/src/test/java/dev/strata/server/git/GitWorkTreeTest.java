package dev.strata.server.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git.at decides "no repository" without starting git when no .git can be above the folder. */
class GitWorkTreeTest {
  @Test
  void aFolderOutsideAnyRepositoryIsRefusedWithoutGit(@TempDir Path dir) throws IOException {
    assumeTrue(!hasGitAbove(dir), "the temporary folder lies inside a repository on this machine");
    assumeTrue(System.getenv("GIT_DIR") == null, "GIT_DIR is set");
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    assertFalse(Git.mayBeInWorkTree(sub));
    GitException e = assertThrows(GitException.class, () -> Git.at(sub));
    assertTrue(e.getMessage().contains("not inside a git work tree"), e.getMessage());
  }

  @Test
  void aFolderBelowARepositoryStillAsksGit(@TempDir Path dir) throws IOException {
    TempRepo repo = TempRepo.init(dir).write("migrations/1_a.up.sql", "SELECT 1;\n").commit("one");
    Path sub = repo.dir().resolve("migrations");
    assertTrue(Git.mayBeInWorkTree(sub));
    assertEquals(repo.dir().toRealPath(), Git.at(sub).top());
  }

  private static boolean hasGitAbove(Path dir) {
    for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }
}
