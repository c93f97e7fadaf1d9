package dev.strata.server.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.Main;
import dev.strata.server.cli.LintEngines;
import dev.strata.server.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata lint} in a real git repository: the history rules and {@code --changed-since}. */
class GitLintTest {
  private static final String INIT = "CREATE TABLE users (id bigint PRIMARY KEY, email text, nick text);\n";
  private static final String POSTS = "CREATE TABLE posts (id bigint PRIMARY KEY, title text);\n";

  @TempDir Path dir;
  private TempRepo repo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void mainBranchWithTwoMigrations() throws IOException {
    repo = TempRepo.init(dir)
        .write("migrations/000001_init.up.sql", INIT)
        .write("migrations/000002_posts.up.sql", POSTS)
        .commit("two migrations");
    repo.git("checkout", "-q", "-b", "feature");
  }

  @Test
  void editingAMigrationThatIsOnMainIsReportedAtTheFirstChangedLine() throws IOException {
    repo.write("migrations/000001_init.up.sql", INIT + "CREATE INDEX users_email ON users (email);\n");
    assertEquals(List.of("migrations/000001_init.up.sql:2 error[edited-applied-migration]"), lint("--base-ref", "main"));
    assertTrue(out.toString().contains("migration 000001_init exists on main and its content changed (first at line 2)"),
        out.toString());
  }

  @Test
  void prismaMessageNamesTheChecksumThatNoLongerMatches(@TempDir Path other) throws IOException {
    TempRepo p = TempRepo.init(other)
        .write("prisma/migrations/20240101000000_init/migration.sql", INIT)
        .write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n")
        .commit("init");
    p.write("prisma/migrations/20240101000000_init/migration.sql", INIT.replace("nick text", "nick varchar"));
    int code = Main.run(new String[] {"lint", "--format", "github"}, new Terminal(new PrintWriter(out),
        new PrintWriter(err), p.dir(), false), LintEngines::defaultEngine);
    assertEquals(1, code, err.toString());
    assertTrue(out.toString().contains("title=edited-applied-migration::migration 20240101000000_init exists on main"),
        out.toString());
    assertTrue(out.toString().contains("Prisma recorded the SHA-256 "), out.toString());
  }

  @Test
  void aNewMigrationThatSortsBeforeTheLatestOnMainIsOutOfOrder() throws IOException {
    repo.write("migrations/000001_comments.up.sql", "CREATE TABLE comments (id bigint PRIMARY KEY);\n");
    repo.git("mv", "migrations/000001_init.up.sql", "migrations/000000_init.up.sql");
    List<String> found = lint("--base-ref", "main");
    assertTrue(found.contains("migrations/000001_comments.up.sql:1 error[migration-order]"), found.toString());
  }

  @Test
  void crlfLineEndsAloneAreALineEndFindingNotAnEdit() throws IOException {
    repo.write("migrations/000002_posts.up.sql", POSTS.replace("\n", "\r\n"));
    assertEquals(List.of("migrations/000002_posts.up.sql:1 warning[bom-or-crlf]"), lint());
    assertTrue(out.toString().contains("line ends differ from the copy on main (CRLF here, LF there)"), out.toString());
  }

  @Test
  void aByteOrderMarkOnANewMigrationIsReported() throws IOException {
    repo.write("migrations/000003_tags.up.sql", "\uFEFFCREATE TABLE tags (id bigint PRIMARY KEY);\n");
    assertEquals(List.of("migrations/000003_tags.up.sql:1 warning[bom-or-crlf]"), lint());
  }

  @Test
  void changedSinceReportsOnlyOnMigrationsAddedOnTheBranchOrUncommitted() throws IOException {
    repo.write("migrations/000003_drop.up.sql", "ALTER TABLE users DROP COLUMN nick;\n").commit("drop nick");
    repo.write("migrations/000004_drop.up.sql", "ALTER TABLE posts DROP COLUMN title;\n");
    assertEquals(List.of("migrations/000003_drop.up.sql:1 warning[dropping-column]",
        "migrations/000004_drop.up.sql:1 warning[dropping-column]"), lint("--changed-since", "main"));
    repo.git("checkout", "-q", "main");
    assertEquals(List.of("migrations/000004_drop.up.sql:1 warning[dropping-column]"), lint("--changed-since", "HEAD"));
  }

  @Test
  void rulesCanBeTurnedOffInStrataToml() throws IOException {
    repo.write("strata.toml", "[rules]\nbom-or-crlf = \"off\"\nedited-applied-migration = \"warning\"\n");
    repo.write("migrations/000002_posts.up.sql", POSTS.replace("\n", "\r\n") + "-- note\r\n");
    assertEquals(List.of("migrations/000002_posts.up.sql:2 warning[edited-applied-migration]"), lint());
  }

  @Test
  void anUnknownRefIsAUsageError() {
    assertEquals(List.of(), lint("--changed-since", "no-such-branch"));
    assertEquals("strata lint: unknown git ref 'no-such-branch' (fetch it, or name a branch, tag or commit)\n",
        err.toString());
  }

  @Test
  void changedSinceOutsideAGitWorkTreeIsAUsageError(@TempDir Path plain) throws IOException {
    java.nio.file.Files.writeString(plain.resolve("V1__init.sql"), INIT);
    int code = Main.run(new String[] {"lint", "--changed-since", "main"}, new Terminal(new PrintWriter(out),
        new PrintWriter(err), plain, false), LintEngines::defaultEngine);
    assertEquals(2, code);
    assertTrue(err.toString().startsWith("strata lint: ") && err.toString().contains("is not inside a git work tree"),
        err.toString());
  }

  /** Lints the repository with GitHub annotations and returns {@code path:line severity[code]} per finding. */
  private List<String> lint(String... options) {
    List<String> args = new ArrayList<>(List.of("lint", "--format", "github"));
    args.addAll(List.of(options));
    out.getBuffer().setLength(0);
    int code = Main.run(args.toArray(String[]::new), new Terminal(new PrintWriter(out), new PrintWriter(err), dir, false),
        LintEngines::defaultEngine);
    if (code == 2) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("::(\\w+) file=([^,]+),line=(\\d+),.*title=([a-z-]+)::").matcher(line);
      if (m.find()) {
        found.add(m.group(2) + ":" + m.group(3) + " " + m.group(1) + "[" + m.group(4) + "]");
      }
    }
    return found;
  }
}
