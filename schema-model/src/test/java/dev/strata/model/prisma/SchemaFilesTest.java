package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFilesTest {
  @Test
  void theSchemaNextToTheMigrationsFolder() {
    List<String> paths = List.of("apps/backend/prisma/migrations/1_a/migration.sql", "apps/backend/prisma/schema.prisma",
        "apps/other/prisma/schema.prisma", "apps/backend/schema.prisma");
    assertEquals(List.of("apps/backend/prisma/schema.prisma"), SchemaFiles.of("apps/backend/prisma/migrations", paths));
  }

  @Test
  void theSchemaFolderIsReadWhole() {
    List<String> paths = List.of("prisma/schema/a.prisma", "prisma/schema/sub/b.prisma", "prisma/schema/notes.md",
        "prisma/migrations/1_a/migration.sql");
    assertEquals(List.of("prisma/schema/a.prisma", "prisma/schema/sub/b.prisma"), SchemaFiles.of("prisma/migrations", paths));
  }

  @Test
  void aTopLevelMigrationsFolder() {
    assertEquals(List.of("schema.prisma"), SchemaFiles.of("migrations", List.of("schema.prisma", "x/schema.prisma")));
  }
}
