package dev.strata.server.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Read-only access to the git work tree that holds a directory. Every method runs one git command
 * with {@link ProcessBuilder} in that directory; paths in and out are relative to the repository's
 * top level, with forward slashes.
 */
public final class Git {
  private static final long TIMEOUT_SECONDS = 60;

  private final Path top;

  private Git(Path top) {
    this.top = top;
  }

  /**
   * The work tree holding {@code dir}.
   *
   * @throws GitException when git is missing or {@code dir} is not inside a work tree
   */
  public static Git at(Path dir) {
    if (!mayBeInWorkTree(dir)) {
      throw new GitException(dir + " is not inside a git work tree (no .git in it or above it)");
    }
    Result r = run(dir, List.of("rev-parse", "--show-toplevel"));
    if (r.code() != 0) {
      throw new GitException(dir + " is not inside a git work tree (" + r.error() + ")");
    }
    Path top = Path.of(r.text().strip()).toAbsolutePath().normalize();
    try {
      return new Git(top.toRealPath());
    } catch (IOException e) {
      return new Git(top);
    }
  }

  /**
   * False when git certainly finds no repository: no {@code .git} in {@code dir} or above it and no
   * {@code GIT_DIR} in the environment. Saves starting a git process for a folder outside any
   * repository (a few milliseconds of every {@code lint} there).
   */
  static boolean mayBeInWorkTree(Path dir) {
    if (System.getenv("GIT_DIR") != null) {
      return true;
    }
    for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
      if (java.nio.file.Files.exists(d.resolve(".git"))) {
        return true;
      }
    }
    return false;
  }

  /** The repository's top-level directory. */
  public Path top() {
    return top;
  }

  /** Whether {@code ref} names a commit here. */
  public boolean hasCommit(String ref) {
    return !ref.startsWith("-") && run(top, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}")).code() == 0;
  }

  /**
   * Files added or changed since {@code ref}: committed since the merge base ({@code git diff
   * --name-only ref...HEAD}) plus everything uncommitted or untracked ({@code git status}).
   *
   * @throws GitException when {@code ref} is unknown
   */
  public Set<String> changedSince(String ref) {
    requireCommit(ref);
    Set<String> out = new LinkedHashSet<>();
    Result diff = run(top, List.of("diff", "--name-only", "-z", ref + "...HEAD", "--"));
    if (diff.code() != 0) {
      throw new GitException("git diff " + ref + "...HEAD failed: " + diff.error());
    }
    out.addAll(fields(diff.text()));
    Result status = run(top, List.of("status", "--porcelain", "-z", "--untracked-files=all"));
    if (status.code() != 0) {
      throw new GitException("git status failed: " + status.error());
    }
    List<String> entries = fields(status.text());
    for (int i = 0; i < entries.size(); i++) {
      String e = entries.get(i);
      if (e.length() > 3) {
        out.add(e.substring(3));
        if (e.charAt(0) == 'R' || e.charAt(0) == 'C') {
          i++;
        }
      }
    }
    return out;
  }

  /**
   * The blob id of every file under {@code dir} (repository-relative, {@code ""} for all) at
   * {@code ref}, by path: comparing them with the files' own blob ids finds changed files without
   * reading any blob.
   */
  public Map<String, String> blobsAt(String ref, String dir) {
    requireCommit(ref);
    List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "-z", "--full-tree", ref));
    if (!dir.isEmpty()) {
      args.add("--");
      args.add(dir);
    }
    Result r = run(top, args);
    if (r.code() != 0) {
      throw new GitException("git ls-tree " + ref + " failed: " + r.error());
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : fields(r.text())) {
      int tab = entry.indexOf('\t');
      String[] meta = entry.substring(0, Math.max(tab, 0)).split(" ");
      if (tab > 0 && meta.length == 3 && meta[1].equals("blob")) {
        out.put(entry.substring(tab + 1), meta[2]);
      }
    }
    return out;
  }

  /** The bytes of {@code path} at {@code ref}, or empty when the file is not there. */
  public Optional<byte[]> show(String ref, String path) {
    Result r = run(top, List.of("show", ref + ":" + path));
    return r.code() == 0 ? Optional.of(r.bytes()) : Optional.empty();
  }

  private void requireCommit(String ref) {
    if (!hasCommit(ref)) {
      throw new GitException("unknown git ref '" + ref + "' (fetch it, or name a branch, tag or commit)");
    }
  }

  private static List<String> fields(String nulSeparated) {
    List<String> out = new ArrayList<>();
    for (String f : nulSeparated.split("\0")) {
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** What one git command printed. */
  private record Result(int code, byte[] bytes, String error) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static Result run(Path dir, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.add("-c");
    command.add("core.quotepath=off");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new GitException("cannot run git (is it installed and on PATH?): " + e.getMessage());
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      byte[] out = readAll(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new GitException("git " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      String error = new String(err.join(), StandardCharsets.UTF_8).strip().replace('\n', ' ');
      return new Result(p.exitValue(), out, error);
    } catch (IOException e) {
      throw new GitException("git " + String.join(" ", args) + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new GitException("interrupted while running git");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
      in.transferTo(buf);
      return buf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
