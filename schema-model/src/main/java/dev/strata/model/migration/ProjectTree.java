package dev.strata.model.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The project's files as a directory index built from relative paths, plus a caching text reader.
 * Directory keys are relative with forward slashes; {@code ""} is the project root. Names are
 * kept in code point order, which is the byte order of their UTF-8 form (the order tools that sort
 * file names use).
 */
final class ProjectTree {
  /** Code point order (= UTF-8 byte order), unlike {@link String#compareTo}'s UTF-16 order. */
  static final Comparator<String> BYTE_ORDER = ProjectTree::compareCodePoints;
  /** How many unread files make {@link #prefetch} read in parallel. */
  private static final int PARALLEL_READ_MIN = 32;

  // Hash maps: a TreeMap keyed by whole paths compared their long common prefixes on every step.
  private final Map<String, SortedSet<String>> files = new HashMap<>();
  private final Map<String, SortedSet<String>> subdirs = new HashMap<>();
  private final Function<String, String> reader;
  private final Map<String, String> texts = new HashMap<>();

  private ProjectTree(Function<String, String> reader) {
    this.reader = reader;
  }

  /** Indexes {@code paths}; with {@code skipIgnored}, paths through an ignored folder are dropped. */
  static ProjectTree of(List<String> paths, Function<String, String> reader, boolean skipIgnored) {
    ProjectTree tree = new ProjectTree(reader);
    String lastDir = null;
    SortedSet<String> lastFiles = null;
    for (String raw : paths) {
      String path = DiscoveryOptions.normalize(raw);
      int slash = path.lastIndexOf('/');
      String dir = slash < 0 ? "" : path.substring(0, slash);
      if (path.isEmpty() || (skipIgnored && throughIgnored(dir))) {
        continue;
      }
      if (!dir.equals(lastDir)) {
        // A walk lists a folder's files together: one map lookup per folder, not per file.
        lastDir = dir;
        lastFiles = tree.files.computeIfAbsent(dir, d -> new TreeSet<>(BYTE_ORDER));
        tree.registerDirectory(dir);
      }
      lastFiles.add(path.substring(slash + 1));
    }
    return tree;
  }

  /** Whether a segment of {@code dir} is an ignored folder. */
  private static boolean throughIgnored(String dir) {
    int start = 0;
    while (start < dir.length()) {
      int slash = dir.indexOf('/', start);
      int end = slash < 0 ? dir.length() : slash;
      if (DiscoveryOptions.isIgnoredDirectory(dir.substring(start, end))) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private void registerDirectory(String dir) {
    String d = dir;
    while (!d.isEmpty()) {
      int slash = d.lastIndexOf('/');
      String parent = slash < 0 ? "" : d.substring(0, slash);
      if (!subdirs.computeIfAbsent(parent, p -> new TreeSet<>(BYTE_ORDER)).add(d.substring(slash + 1))) {
        return;
      }
      d = parent;
    }
  }

  /** Every directory that holds a file or a folder, in byte order (parents before children). */
  List<String> directories() {
    TreeSet<String> all = new TreeSet<>(BYTE_ORDER);
    all.addAll(files.keySet());
    all.addAll(subdirs.keySet());
    return new ArrayList<>(all);
  }

  /** File names directly in {@code dir}, in byte order. */
  SortedSet<String> files(String dir) {
    return files.getOrDefault(dir, new TreeSet<>());
  }

  /** Folder names directly in {@code dir}, in byte order. */
  SortedSet<String> subdirs(String dir) {
    return subdirs.getOrDefault(dir, new TreeSet<>());
  }

  boolean hasFile(String dir, String name) {
    return files(dir).contains(name);
  }

  /** Paths relative to {@code dir} of every file at any depth below it, in byte order. */
  List<String> filesBelow(String dir) {
    List<String> out = new ArrayList<>();
    collect(dir, "", out);
    return out;
  }

  private void collect(String dir, String prefix, List<String> out) {
    for (String f : files(dir)) {
      out.add(prefix + f);
    }
    for (String s : subdirs(dir)) {
      collect(join(dir, s), prefix + s + "/", out);
    }
  }

  /**
   * Reads the texts of {@code paths} not read yet, on every core when there are many (a history of
   * hundreds of files is read in a fraction of the time), so later {@link #text} calls find them.
   */
  void prefetch(List<String> paths) {
    List<String> todo = new ArrayList<>();
    for (String p : paths) {
      if (!texts.containsKey(p)) {
        todo.add(p);
      }
    }
    if (todo.size() < PARALLEL_READ_MIN) {
      return;
    }
    List<String> read = todo.parallelStream().map(reader).toList();
    for (int i = 0; i < todo.size(); i++) {
      texts.put(todo.get(i), read.get(i));
    }
  }

  /** The text of a project-relative file, read once. */
  String text(String path) {
    return texts.computeIfAbsent(path, reader);
  }

  static String join(String dir, String name) {
    if (dir.isEmpty()) {
      return name;
    }
    // Sized once: this runs for every folder of a history, often before the JIT has compiled it.
    return new StringBuilder(dir.length() + 1 + name.length()).append(dir).append('/').append(name).toString();
  }

  static String lastSegment(String dir) {
    return dir.substring(dir.lastIndexOf('/') + 1);
  }

  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int k = 0; k < n; k++) {
      char ca = a.charAt(k);
      char cb = b.charAt(k);
      if (ca != cb) {
        // UTF-16 order is code point order unless a surrogate meets a char above it (U+E000..U+FFFF).
        if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
          return compareFrom(a, b, k);
        }
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }

  /** Code point comparison from {@code k}, the first differing char; steps back into a pair. */
  private static int compareFrom(String a, String b, int k) {
    int i = k > 0 && Character.isHighSurrogate(a.charAt(k - 1)) ? k - 1 : k;
    int j = i;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
