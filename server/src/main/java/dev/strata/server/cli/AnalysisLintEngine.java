package dev.strata.server.cli;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LintEngine} over the shared {@link Analysis}: discovers every migration root under the
 * path, analyses each history and turns its diagnostics into findings, in apply order.
 */
final class AnalysisLintEngine implements LintEngine {

  /** How far up from a file or sub-folder we look for the history it belongs to. */
  private static final int MAX_LEVELS_UP = 8;

  @Override
  public LintReport run(Path path, Optional<String> tool) throws IOException {
    return run(path, LintOptions.tool(tool));
  }

  @Override
  public LintReport run(Path path, LintOptions options) throws IOException {
    Optional<String> tool = options.tool();
    long started = System.nanoTime();
    Path target = path.toAbsolutePath().normalize();
    Workspace ws = Workspace.open(Files.isDirectory(target) ? target : target.getParent());
    Timings.mark("workspace");
    Optional<String> only = Optional.empty();
    if (!Files.isDirectory(target) || ws.migrationRoots().isEmpty()) {
      Optional<Workspace> enclosing = enclosingHistory(target);
      if (enclosing.isPresent()) {
        ws = enclosing.get();
        only = Optional.of(ws.root().relativize(target).toString().replace('\\', '/'));
      }
    }
    Path root = ws.root();
    List<MigrationRoot> roots = ws.migrationRoots();
    if (tool.isPresent()) {
      DiscoveryOptions forced = ws.config().discoveryOptions().withTool(Tool.fromId(tool.get()).orElseThrow());
      roots = MigrationDiscovery.discover(ws.files().paths(), ws.files()::read, forced);
    }
    List<LintFinding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>(ws.warnings());
    int migrations = 0;
    int statements = 0;
    List<String> tools = new ArrayList<>();
    AnalysisConfig config = ws.config().analysisConfig();
    GitView git = GitView.open(root, options, ws.config().baseRef(), notes);
    Timings.mark("git");
    boolean baselineFound = false;
    for (MigrationRoot r : roots) {
      Analysis analysis = Analysis.of(r.migrations(), config);
      Timings.mark("analysis");
      baselineFound |= config.baseline().isPresent()
          && r.migrations().stream().anyMatch(m -> m.name().equals(config.baseline().get()));
      migrations += r.migrations().size();
      statements += analysis.statementCount();
      if (!tools.contains(r.tool().id())) {
        tools.add(r.tool().id());
      }
      notes.add(r.tool().id() + " history in " + (r.directory().isEmpty() ? "." : r.directory()) + ": "
          + r.migrations().size() + " migrations" + analysis.firstFailing()
              .map(f -> "; a deploy would stop at " + f.migration().name()).orElse(""));
      Findings conv = new Findings(r.migrations());
      r.problems().forEach(d -> findings.add(conv.of(d)));
      analysis.diagnostics().forEach(d -> findings.add(conv.of(d)));
      git.check(root, r, config).forEach(d -> findings.add(conv.of(d)));
    }
    git.changed().ifPresent(changed -> {
      findings.removeIf(f -> !changed.contains(f.file()));
      notes.add("reporting on migrations added or changed since " + options.changedSince().orElseThrow() + " only ("
          + changed.size() + " changed files); the whole history was analysed");
    });
    if (config.baseline().isPresent() && !baselineFound) {
      notes.add("strata.toml: [history] baseline \"" + config.baseline().get()
          + "\" names no migration of the history; it has no effect");
    }
    if (only.isPresent()) {
      String prefix = only.get();
      findings.removeIf(f -> !(f.file().equals(prefix) || f.file().startsWith(prefix + "/")));
      notes.add("reporting on " + prefix + " only; it was analysed with the whole history it belongs to");
    }
    if (roots.isEmpty()) {
      notes.add("no migrations found under " + root);
    }
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    String toolLabel = tools.isEmpty() ? "none" : String.join(",", tools);
    return new LintReport(root.toString(), toolLabel, migrations, statements, findings, elapsed, notes);
  }

  /**
   * The project above {@code target} whose history holds it: linting one migration (or its folder)
   * still analyses it at its point in the whole history. Stops at a repository root.
   */
  private static Optional<Workspace> enclosingHistory(Path target) throws IOException {
    Path dir = target.getParent();
    for (int level = 0; dir != null && level < MAX_LEVELS_UP; level++, dir = dir.getParent()) {
      Workspace ws = Workspace.open(dir);
      String rel = dir.relativize(target).toString().replace('\\', '/');
      boolean holds = ws.migrationRoots().stream().flatMap(r -> r.migrations().stream())
          .anyMatch(m -> m.file().path().equals(rel) || m.file().path().startsWith(rel + "/"));
      if (holds) {
        return Optional.of(ws);
      }
      if (Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Converts diagnostics to findings, with line indexes computed once per file. */
  private static final class Findings {
    private final Map<String, Migration> byPath = new HashMap<>();
    private final Map<String, LineIndex> lines = new HashMap<>();

    Findings(List<Migration> migrations) {
      for (Migration m : migrations) {
        byPath.put(m.file().path(), m);
      }
    }

    LintFinding of(Diagnostic d) {
      String path = d.range().file().path();
      Migration m = byPath.get(path);
      String text = m == null ? "" : m.text();
      LineIndex idx = lines.computeIfAbsent(path, p -> LineIndex.of(text));
      TextRange r = d.range().range();
      int line = idx.line(r.start());
      int endLine = idx.line(r.end());
      String source = text.substring(idx.lineStart(line), idx.lineEnd(line, text));
      return new LintFinding(path, line + 1, idx.column(r.start()) + 1, endLine + 1, idx.column(r.end()) + 1,
          d.severity().label(), d.code().id(), d.sqlstate().orElse(null), d.message(),
          m == null ? null : m.name(), d.help().orElse(null), source, d.code().docUrl());
    }
  }
}
