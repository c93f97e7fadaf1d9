package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.Main;
import dev.strata.server.cli.LintEngines;
import dev.strata.server.cli.Terminal;
import dev.strata.server.workspace.ProjectFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspace content is data: {@code lint} and a language-server session with edits leave every file
 * of the workspace as it was (same bytes, same modification time), start no process, open no TCP
 * socket (listening or not) even when strata.toml holds odd values and a migration holds psql
 * meta-commands such as {@code \! rm}; a vanished migration is reported, not fatal; discovery of
 * 100,000 files and of a symbolic-link loop is bounded.
 */
class WorkspaceSafetyTest {
  @TempDir Path temp;

  private static final String ALIGN = "apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql";

  @Test
  void lintAndTheServerNeverWriteRunProgramsOrOpenSockets() throws Exception {
    Path ws = WorkspaceCopy.of(LspHarness.testWorkspace("prisma-p3006"), temp.resolve("ws"));
    Path sentinel = Files.writeString(temp.resolve("sentinel"), "still here");
    Files.writeString(ws.resolve("strata.toml"), "tool = \"$(touch " + temp.resolve("pwned") + ")\"\n"
        + "roots = [\"`id`\", \"apps/backend/prisma/migrations\", \"http://127.0.0.1:9/x\"]\npostgres = \"jdbc:postgresql://127.0.0.1:9/x\"\n"
        + "[rules]\nunknown-column = \"; rm -rf /\"\n");
    Path meta = ws.resolve("apps/backend/prisma/migrations/20251215_meta/migration.sql");
    Files.createDirectories(meta.getParent());
    Files.writeString(meta, "\\! rm -f " + sentinel + "\n\\o " + temp.resolve("pwned") + "\n\\copy t FROM PROGRAM 'id'\n"
        + "\\connect postgresql://127.0.0.1:9/x\nCOPY t FROM PROGRAM 'touch " + temp.resolve("pwned") + "';\n");
    Map<String, String> before = snapshot(ws);
    Set<String> socketsBefore = ProcessSockets.tcp();

    StringWriter out = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(out, true), ws, false);
    int exit = Main.run(new String[] {"lint", ws.toString()}, terminal, LintEngines::defaultEngine);
    assertTrue(exit == 0 || exit == 1, "lint ran to a verdict: " + exit + "\n" + out);
    assertTrue(out.toString().contains("configured root `id` is not a folder"), "odd roots are reported as data:\n" + out);
    assertEquals(9, LintEngines.defaultEngine().run(ws, Optional.empty()).migrations(),
        "the meta-command migration is one more migration, read as text");

    try (LspHarness lsp = new LspHarness().start(ws, null)) {
      Path align = ws.resolve(ALIGN);
      lsp.client.awaitPublish(LspHarness.uri(align), 0, p -> !p.getDiagnostics().isEmpty());
      lsp.open(align);
      lsp.open(meta);
      for (int v = 2; v < 40; v++) {
        lsp.change(align, v, 0, 0, 0, "-- edit " + v + "\n");
      }
      lsp.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(LspHarness.uri(align)),
          new Range(new Position(0, 0), new Position(300, 0)), new CodeActionContext(List.of()))).get(60, TimeUnit.SECONDS);
      lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(LspHarness.uri(meta)),
          new Position(4, 6))).get(60, TimeUnit.SECONDS);
      lsp.client.awaitPublish(LspHarness.uri(align), 0, p -> Integer.valueOf(39).equals(p.getVersion()));
      assertEquals(Set.of(), Set.copyOf(ProcessSockets.tcp().stream().filter(s -> !socketsBefore.contains(s)).toList()),
          "TCP sockets opened during lint and the session");
    }
    assertEquals(before, snapshot(ws), "workspace files (path -> mtime and SHA-256)");
    assertEquals("still here", Files.readString(sentinel));
    assertTrue(Files.notExists(temp.resolve("pwned")));
    assertEquals(0, ProcessHandle.current().children().filter(p -> !p.info().command().orElse("").contains("java")).count(),
        "child processes");
  }

  @Test
  void aMigrationThatVanishesAfterDiscoveryIsReportedByNameNotAsACrash() throws Exception {
    Path ws = WorkspaceCopy.of(LspHarness.testWorkspace("prisma-p3006"), temp.resolve("ws"));
    StringWriter out = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(out, true), ws, false);
    // The engine discovers the files, then one disappears before it is read (as a checkout would do).
    int exit = Main.run(new String[] {"lint", ws.toString()}, terminal, () -> (root, tool) -> {
      ProjectFiles files = ProjectFiles.scan(root);
      Files.delete(root.resolve(ALIGN));
      files.read(ALIGN);
      throw new AssertionError("read a deleted file");
    });
    assertEquals(2, exit, out.toString());
    assertTrue(out.toString().contains("cannot read " + ALIGN), out.toString());
    assertTrue(!out.toString().contains("\tat "), "no stack trace:\n" + out);
  }

  @Test
  void discoveryOfAHundredThousandFilesAndALinkLoopIsBounded() throws Exception {
    Path root = Files.createDirectories(temp.resolve("big"));
    for (int d = 0; d < 100; d++) {
      Path dir = Files.createDirectories(root.resolve("d" + d));
      for (int f = 0; f < 1000; f++) {
        Files.createFile(dir.resolve("f" + f + ".txt"));
      }
    }
    Files.createSymbolicLink(root.resolve("d0/loop"), root);
    long t0 = System.nanoTime();
    ProjectFiles files = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ProjectFiles.scan(root, true, ProjectFiles.DEFAULT_MAX_FILES));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("discovery: 100,000 files and a link loop walked in %.2f s%n", seconds);
    assertEquals(100_000, files.paths().size());
    assertTrue(files.warnings().stream().anyMatch(w -> w.contains("loop")), files.warnings().toString());
  }

  /** Relative path to "mtime sha256" of every file under {@code root}. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis() + " " + sha256(p));
      }
    }
    return out;
  }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
