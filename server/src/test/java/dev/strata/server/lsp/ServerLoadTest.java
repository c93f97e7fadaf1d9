package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.cli.LintEngines;
import dev.strata.server.cli.LintFinding;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under a burst: 10,000 seeded incremental edits across the migrations of a copy of
 * test-workspace/prisma-p3006, sent as fast as the pipe takes them, with code action and hover
 * requests interleaved. Afterwards the server still answers, the diagnostics it last published for
 * every file equal what {@code lint} reports for the final texts, and heap after a GC is back near
 * where it started. Times and heap figures are printed; only generous bounds are asserted.
 */
class ServerLoadTest {
  private static final int EDITS = 10_000;
  private static final List<String> FRAGMENTS = List.of(" ", "x", "\n", "-- note\n", ";", "(", ")", "'", "\"",
      "customer_id", "client_id", "ALTER TABLE \"users\" ADD COLUMN \"extra\" int;\n", "SELECT 1;\n", "$$", "/*", "*/");

  @TempDir Path temp;

  @Test
  void tenThousandEditsLeaveAResponsiveServerWithFreshDiagnosticsAndNoRetainedHeap() throws Exception {
    Path folder = WorkspaceCopy.of(LspHarness.testWorkspace("prisma-p3006"), temp.resolve("ws"));
    List<Path> files = migrations(folder);
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      lsp.client.awaitPublish(LspHarness.uri(align(folder)), 0, p -> !p.getDiagnostics().isEmpty(), Duration.ofSeconds(60));
      Map<Path, StringBuilder> texts = new LinkedHashMap<>();
      Map<Path, Integer> versions = new HashMap<>();
      for (Path f : files) {
        texts.put(f, new StringBuilder(Files.readString(f)));
        versions.put(f, 1);
        lsp.open(f);
      }
      long baseline = usedHeapAfterGc();
      Random random = new Random(20261125L);
      List<CompletableFuture<?>> requests = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int i = 0; i < EDITS; i++) {
        Path f = files.get(random.nextInt(files.size()));
        int version = versions.merge(f, 1, Integer::sum);
        lsp.server.getTextDocumentService().didChange(edit(f, texts.get(f), version, random));
        if (i % 100 == 50) {
          requests.add(lsp.server.getTextDocumentService().codeAction(codeAction(f)));
          requests.add(lsp.server.getTextDocumentService().hover(new HoverParams(
              new TextDocumentIdentifier(LspHarness.uri(f)), new Position(0, 3))));
        }
      }
      double sendSeconds = (System.nanoTime() - t0) / 1e9;
      int answered = 0;
      for (CompletableFuture<?> r : requests) {
        r.get(120, TimeUnit.SECONDS);
        answered++;
      }
      long t1 = System.nanoTime();
      lsp.server.getTextDocumentService().codeAction(codeAction(files.get(0))).get(60, TimeUnit.SECONDS);
      double latencyMs = (System.nanoTime() - t1) / 1e6;

      Map<String, List<String>> published = finalPublishes(lsp, files, versions);
      // schema.prisma's drift is `lint --drift`'s separate report, not a lint finding.
      published.keySet().removeIf(uri -> uri.endsWith(".prisma"));
      double settleSeconds = (System.nanoTime() - t0) / 1e9;
      Path fresh = temp.resolve("fresh");
      WorkspaceCopy.of(folder, fresh);
      for (Path f : files) {
        Files.writeString(fresh.resolve(folder.relativize(f).toString()), texts.get(f));
      }
      Map<String, List<String>> expected = lint(fresh);
      long after = usedHeapAfterGc();
      System.out.printf("load: %d didChange + %d requests sent in %.1f s, all answered; a request after the burst"
              + " answered in %.1f ms; diagnostics settled after %.1f s; heap after GC %d MB before, %d MB after%n",
          EDITS, requests.size(), sendSeconds, latencyMs, settleSeconds, baseline >> 20, after >> 20);
      assertEquals(requests.size(), answered);
      assertTrue(expected.values().stream().mapToInt(List::size).sum() > 0, "the final texts have diagnostics to compare");
      assertEquals(expected, published);
      assertTrue(after < baseline + (512L << 20), "heap after GC grew from " + baseline + " to " + after);
    }
  }

  /** A random insertion or deletion at a random place, applied to {@code text} and sent as LSP sends it. */
  private static DidChangeTextDocumentParams edit(Path f, StringBuilder text, int version, Random random) {
    int at = random.nextInt(text.length() + 1);
    int end = random.nextInt(3) == 0 ? Math.min(text.length(), at + random.nextInt(12)) : at;
    String insert = end > at && random.nextBoolean() ? "" : FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
    Range range = new Range(position(text, at), position(text, end));
    text.replace(at, end, insert);
    return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(LspHarness.uri(f), version),
        List.of(new TextDocumentContentChangeEvent(range, insert)));
  }

  private static Position position(CharSequence text, int offset) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  private static CodeActionParams codeAction(Path f) {
    return new CodeActionParams(new TextDocumentIdentifier(LspHarness.uri(f)),
        new Range(new Position(0, 0), new Position(5, 0)), new CodeActionContext(List.of()));
  }

  /** Waits until every file's final version is published, then for quiet; the last publish per URI. */
  private static Map<String, List<String>> finalPublishes(LspHarness lsp, List<Path> files, Map<Path, Integer> versions)
      throws Exception {
    for (Path f : files) {
      int v = versions.get(f);
      lsp.client.awaitPublish(LspHarness.uri(f), 0, p -> Integer.valueOf(v).equals(p.getVersion()), Duration.ofSeconds(120));
    }
    int count;
    do {
      count = lsp.client.publishCount();
      Thread.sleep(1_000);
    } while (count != lsp.client.publishCount());
    Map<String, List<String>> last = new TreeMap<>();
    for (PublishDiagnosticsParams p : lsp.client.publishedSince(0)) {
      last.put(p.getUri(), p.getDiagnostics().stream().map(ServerLoadTest::describe).sorted().toList());
    }
    last.values().removeIf(List::isEmpty);
    return last;
  }

  private static String describe(Diagnostic d) {
    Range r = d.getRange();
    return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":"
        + r.getEnd().getCharacter() + " " + d.getCode().getLeft() + " " + d.getMessage();
  }

  /** What {@code lint} says about the final texts, keyed by the URI the server used for each file. */
  private Map<String, List<String>> lint(Path fresh) throws Exception {
    Path folder = temp.resolve("ws");
    Map<String, List<String>> out = new TreeMap<>();
    for (LintFinding f : LintEngines.defaultEngine().run(fresh, Optional.empty()).findings()) {
      String uri = LspHarness.uri(folder.resolve(f.file()));
      String help = f.help() == null ? "" : "\n" + f.help();
      out.computeIfAbsent(uri, k -> new ArrayList<>()).add((f.line() - 1) + ":" + (f.column() - 1) + "-"
          + (f.endLine() - 1) + ":" + (f.endColumn() - 1) + " " + f.code() + " " + f.message() + help);
    }
    out.replaceAll((k, v) -> v.stream().sorted().toList());
    return out;
  }

  private static Path align(Path folder) {
    return folder.resolve("apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql");
  }

  private static List<Path> migrations(Path folder) throws Exception {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(p -> p.getFileName().toString().equals("migration.sql")).sorted().toList();
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
