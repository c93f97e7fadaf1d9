package dev.strata.model.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory project for discovery tests: relative paths and their texts, nothing on disk. */
final class Project {
  private final Map<String, String> files = new LinkedHashMap<>();
  /** Synchronized: discovery reads a large folder's files on several threads. */
  private final List<String> reads = java.util.Collections.synchronizedList(new ArrayList<>());

  static Project of(String... pathThenText) {
    Project p = new Project();
    for (int i = 0; i < pathThenText.length; i += 2) {
      p.files.put(pathThenText[i], pathThenText[i + 1]);
    }
    return p;
  }

  /** Adds files whose text does not matter. */
  Project with(String... paths) {
    for (String path : paths) {
      files.put(path, "SELECT 1;\n");
    }
    return this;
  }

  List<MigrationRoot> discover(DiscoveryOptions options) {
    return MigrationDiscovery.discover(new ArrayList<>(files.keySet()), this::read, options);
  }

  List<MigrationRoot> discover() {
    return discover(DiscoveryOptions.DETECT);
  }

  /** The single root discovery finds. */
  MigrationRoot root() {
    List<MigrationRoot> roots = discover();
    if (roots.size() != 1) {
      throw new AssertionError("expected one root, got " + roots.stream().map(MigrationRoot::directory).toList());
    }
    return roots.get(0);
  }

  List<String> reads() {
    synchronized (reads) {
      return List.copyOf(reads);
    }
  }

  private String read(String path) {
    reads.add(path);
    String text = files.get(path);
    if (text == null) {
      throw new AssertionError("read of unknown path " + path);
    }
    return text;
  }

  static List<String> names(MigrationRoot root) {
    return root.migrations().stream().map(Migration::name).toList();
  }

  static List<String> skippedNames(MigrationRoot root) {
    return root.skipped().stream().map(SkippedFile::name).toList();
  }

  static List<String> problemIds(MigrationRoot root) {
    return root.problems().stream().map(d -> d.code().id() + "@" + d.range().file().fileName()).toList();
  }
}
