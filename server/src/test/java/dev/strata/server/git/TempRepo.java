package dev.strata.server.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throw-away git repository for tests: files are written with exact bytes, commits are real. */
public final class TempRepo {
  private final Path dir;

  private TempRepo(Path dir) {
    this.dir = dir;
  }

  /** {@code git init -b main} in {@code dir}. */
  public static TempRepo init(Path dir) throws IOException {
    Files.createDirectories(dir);
    TempRepo r = new TempRepo(dir);
    r.git("init", "-q", "-b", "main");
    return r;
  }

  public Path dir() {
    return dir;
  }

  /** Writes {@code text} as UTF-8, exactly (no line-end conversion). */
  public TempRepo write(String path, String text) throws IOException {
    return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public TempRepo writeBytes(String path, byte[] bytes) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return this;
  }

  /** Stages everything and commits. */
  public TempRepo commit(String message) {
    git("add", "-A");
    git("-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", message);
    return this;
  }

  /** Runs git in the repository; fails the test when git fails. */
  public void git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new AssertionError("git " + String.join(" ", args) + " failed: " + out);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run git", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
