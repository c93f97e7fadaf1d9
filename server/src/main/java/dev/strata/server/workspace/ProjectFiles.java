package dev.strata.server.workspace;

import dev.strata.model.migration.DiscoveryOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The files under a project root as the model wants them: relative paths with forward slashes,
 * plus a reader. The walk skips ignored folders ({@link DiscoveryOptions#IGNORED_DIRECTORIES}),
 * does not follow symbolic links unless asked (and then survives link loops), and stops at
 * {@code maxFiles} so a mistaken root (a home folder) fails fast with a clear message.
 * Problems met on the way are {@code warnings}; the walk itself never fails on one bad entry.
 */
public record ProjectFiles(Path root, List<String> paths, List<String> warnings) {
  public static final int DEFAULT_MAX_FILES = 200_000;

  public ProjectFiles {
    Objects.requireNonNull(root, "root");
    paths = List.copyOf(paths);
    warnings = List.copyOf(warnings);
  }

  /** Walks {@code root} without following links, up to {@link #DEFAULT_MAX_FILES} files. */
  public static ProjectFiles scan(Path root) throws IOException {
    return scan(root, false, DEFAULT_MAX_FILES);
  }

  /**
   * Walks {@code root}; {@code followLinks} follows links to folders, reporting loops as warnings.
   * Links to files are listed either way: they cannot loop.
   */
  public static ProjectFiles scan(Path root, boolean followLinks, int maxFiles) throws IOException {
    return scan(root, List.of(""), followLinks, maxFiles);
  }

  /**
   * Walks only the given folders of {@code root} (relative, {@code ""} = all of it), as when a
   * configuration names its migration roots. A named folder is walked even if its name is an
   * ignored one ({@code build/migrations} works); a missing one is a warning. Paths stay relative
   * to {@code root}.
   */
  public static ProjectFiles scan(Path root, List<String> folders, boolean followLinks, int maxFiles) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("not a directory: " + root);
    }
    Walker walker = new Walker(root, maxFiles);
    Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
    for (String folder : folders) {
      Path start = root.resolve(folder).normalize();
      if (!start.startsWith(root) || !Files.isDirectory(start)) {
        walker.warnings.add("configured root " + folder + " is not a folder under " + root);
        continue;
      }
      walker.start = start;
      Files.walkFileTree(start, options, Integer.MAX_VALUE, walker);
    }
    return new ProjectFiles(root, walker.paths.stream().distinct().toList(), walker.warnings);
  }

  /**
   * The text of a relative path: UTF-8, or ISO-8859-1 when the bytes are not UTF-8 (so a stray
   * Latin-1 comment does not hide a migration). IO failures are unchecked: the model's reader
   * function cannot throw checked exceptions.
   */
  public String read(String relativePath) {
    try {
      return decode(Files.readAllBytes(root.resolve(relativePath)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relativePath, e);
    }
  }

  static String decode(byte[] bytes) {
    // The String constructor decodes ASCII and valid UTF-8 in bulk; it turns malformed input into
    // U+FFFD, so a result without one is exactly what the strict decoder gives. Only text with a
    // U+FFFD (malformed, or written that way) takes the strict path below.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    private final int maxFiles;
    private final List<String> paths = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Path start;

    /** {@code root} as text with a trailing separator: a path below it is this plus its relative part. */
    private final String rootPrefix;

    Walker(Path root, int maxFiles) {
      this.root = root;
      this.maxFiles = maxFiles;
      String r = root.toString();
      this.rootPrefix = r.endsWith(File.separator) ? r : r + File.separator;
    }

    /** {@code file} relative to the root, forward slashes; by string when it starts with the root's text. */
    private String relative(Path file) {
      String s = file.toString();
      String rel = s.startsWith(rootPrefix)
          ? s.substring(rootPrefix.length())
          : root.relativize(file).toString();
      return File.separatorChar == '/' ? rel : rel.replace(File.separatorChar, '/');
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      Path name = dir.getFileName();
      boolean ignored = !dir.equals(start) && name != null && DiscoveryOptions.isIgnoredDirectory(name.toString());
      return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      boolean linkToFile = attrs.isSymbolicLink() && Files.isRegularFile(file);
      if (!attrs.isRegularFile() && !linkToFile) {
        return FileVisitResult.CONTINUE;
      }
      if (paths.size() >= maxFiles) {
        warnings.add("stopped after " + maxFiles + " files under " + root
            + ": is this the project root? Set roots in strata.toml to narrow the search.");
        return FileVisitResult.TERMINATE;
      }
      paths.add(relative(file));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String what = e instanceof FileSystemLoopException ? "symbolic link loop at " : "cannot read ";
      warnings.add(what + relative(file) + " (skipped)");
      return FileVisitResult.CONTINUE;
    }
  }
}
