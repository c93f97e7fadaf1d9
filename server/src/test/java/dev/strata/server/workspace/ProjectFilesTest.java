package dev.strata.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
  private static void write(Path root, String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.abort("symbolic links not supported here: " + e);
    }
  }

  @Test
  void listsRelativePathsAndSkipsIgnoredFolders(@TempDir Path root) throws IOException {
    write(root, "db/migrations/1_a.up.sql", "CREATE TABLE a (id int);\n");
    write(root, "node_modules/x/migrations/1_x.up.sql", "x");
    write(root, "app/target/classes/V1__a.sql", "x");
    write(root, ".git/HEAD", "x");

    ProjectFiles files = ProjectFiles.scan(root);

    assertEquals(List.of("db/migrations/1_a.up.sql"), files.paths());
    assertEquals("CREATE TABLE a (id int);\n", files.read("db/migrations/1_a.up.sql"));
    assertEquals(List.of(), files.warnings());
  }

  @Test
  void stopsAtTheFileCapWithAClearMessage(@TempDir Path root) throws IOException {
    for (int i = 0; i < 5; i++) {
      write(root, "f" + i + ".sql", "");
    }

    ProjectFiles files = ProjectFiles.scan(root, false, 3);

    assertEquals(3, files.paths().size());
    assertTrue(files.warnings().get(0).startsWith("stopped after 3 files"), files.warnings().toString());
  }

  @Test
  void doesNotFollowFolderLinksByDefaultAndSurvivesLoopsWhenFollowing(@TempDir Path root) throws IOException {
    write(root, "db/migrations/1_a.up.sql", "x");
    link(root.resolve("db/migrations/loop"), root.resolve("db"));

    assertEquals(List.of("db/migrations/1_a.up.sql"), ProjectFiles.scan(root).paths());

    ProjectFiles followed = ProjectFiles.scan(root, true, 1000);
    assertEquals(List.of("db/migrations/1_a.up.sql"), followed.paths());
    assertEquals(List.of("symbolic link loop at db/migrations/loop (skipped)"), followed.warnings());
  }

  @Test
  void readsLatin1WhenTheBytesAreNotUtf8(@TempDir Path root) throws IOException {
    Files.write(root.resolve("a.sql"), "-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertEquals("-- caf\u00e9\n", ProjectFiles.scan(root).read("a.sql"));
  }

  @Test
  void decodesUtf8ExactlyIncludingAWrittenReplacementCharacter() {
    assertEquals("-- caf\u00e9 \u2192 \uD83D\uDE00\n",
        ProjectFiles.decode("-- caf\u00e9 \u2192 \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8)));
    // U+FFFD written in the file is valid UTF-8 and stays as it is.
    assertEquals("-- \uFFFD\n", ProjectFiles.decode("-- \uFFFD\n".getBytes(StandardCharsets.UTF_8)));
    // One malformed byte makes the whole file Latin-1, not a U+FFFD in the middle.
    byte[] mixed = {'-', '-', ' ', (byte) 0xE9, ' ', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n'};
    assertEquals("-- \u00e9 \u00ef\u00bf\u00bd\n", ProjectFiles.decode(mixed));
  }

  @Test
  void rootMustBeAFolder(@TempDir Path root) {
    assertThrows(IOException.class, () -> ProjectFiles.scan(root.resolve("missing")));
  }

  @Test
  void workspaceHonoursConfiguredRootsEvenInIgnoredFolders(@TempDir Path root) throws IOException {
    write(root, "strata.toml", "roots = [\"build/sql\", \"nope\"]\ntool = \"plain\"\n");
    write(root, "build/sql/2_b.sql", "ALTER TABLE a ADD b int;\n");
    write(root, "build/sql/1_a.sql", "CREATE TABLE a (id int);\n");
    write(root, "db/migrations/1_x.up.sql", "CREATE TABLE x (id int);\n");

    Workspace ws = Workspace.open(root);

    List<MigrationRoot> roots = ws.migrationRoots();
    assertEquals(List.of("build/sql", "nope"), roots.stream().map(MigrationRoot::directory).toList());
    assertEquals(Tool.PLAIN, roots.get(0).tool());
    assertEquals(List.of("1_a", "2_b"), roots.get(0).migrations().stream().map(m -> m.name()).toList());
    assertEquals(List.of("empty-migration-root"), roots.get(1).problems().stream().map(d -> d.code().id()).toList());
    assertTrue(ws.warnings().get(0).startsWith("configured root nope is not a folder"), ws.warnings().toString());
  }

  @Test
  void workspaceDetectsRootsWithoutConfig(@TempDir Path root) throws IOException {
    write(root, "prisma/migrations/20240101_init/migration.sql", "CREATE TABLE a (id int);\n");
    write(root, "prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");

    Workspace ws = Workspace.open(root);

    assertEquals(1, ws.migrationRoots().size());
    assertEquals(Tool.PRISMA, ws.migrationRoots().get(0).tool());
    assertEquals("20240101_init", ws.migrationRoots().get(0).migrations().get(0).name());
  }
}
