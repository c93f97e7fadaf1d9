package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.effect.Applied;
import dev.strata.model.effect.ApplyContext;
import dev.strata.model.effect.Effects;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The catalog we expect from a schema equals the catalog our engine builds from the SQL Prisma 6.19.3
 * itself generated for it ({@code prisma6.sql} next to each schema; see the README there).
 */
class PrismaCatalogTest {
  static final Path RESOURCES = Path.of("src/test/resources/prisma");
  static final Path WORKSPACE_SCHEMA = Path.of("../test-workspace/prisma-p3006/apps/backend/prisma/schema.prisma");

  @ParameterizedTest
  @ValueSource(strings = {"types", "relations", "indexes", "multischema"})
  void catalogMatchesPrismasOwnSql(String name) throws IOException {
    Path dir = RESOURCES.resolve(name);
    assertSameCatalog(dir.resolve("schema.prisma"), dir.resolve("prisma6.sql"));
  }

  @Test
  void workspaceSchemaMatchesPrismasOwnSql() throws IOException {
    assertSameCatalog(WORKSPACE_SCHEMA, RESOURCES.resolve("p3006/prisma6.sql"));
  }

  @Test
  void objectsPointAtTheirModelFieldAndAttribute() throws IOException {
    String text = Files.readString(RESOURCES.resolve("relations/schema.prisma"));
    Catalog cat = PrismaCatalog.of(PrismaSchema.parse(new FileId("schema.prisma"), text));
    QName profile = QName.of("public", "Profile");
    assertEquals("Profile", cat.table(profile).orElseThrow().origin().range().slice(text));
    assertEquals("authorId Int    @unique @map(\"author_id\")",
        cat.table(profile).orElseThrow().column(Name.of("author_id")).orElseThrow().origin().range().slice(text));
    assertTrue(cat.table(profile).orElseThrow().constraint(Name.of("Profile_author_id_fkey")).orElseThrow()
        .origin().range().slice(text).startsWith("@relation(fields: [authorId]"));
    assertEquals("@unique", cat.index(QName.of("public", "Profile_author_id_key")).orElseThrow().origin().range()
        .slice(text));
  }

  static Catalog fromSql(String sql) {
    Catalog cat = Catalog.empty();
    FileId file = new FileId("prisma6.sql");
    for (ParsedStatement ps : SqlParser.parse(sql)) {
      Applied a = Effects.apply(cat, ps.statement(), new ApplyContext(file, "prisma6", sql, true));
      assertTrue(!a.failed(), () -> "Prisma's SQL failed in our engine: " + a.problems());
      cat = a.after();
    }
    return cat.commitTransaction();
  }

  private static void assertSameCatalog(Path schemaFile, Path sqlFile) throws IOException {
    String text = Files.readString(schemaFile, StandardCharsets.UTF_8);
    PrismaSchema schema = PrismaSchema.parse(new FileId("schema.prisma"), text);
    assertEquals(java.util.List.of(), schema.problems());
    Catalog expected = fromSql(Files.readString(sqlFile, StandardCharsets.UTF_8));
    String dump = CatalogDump.of(expected);
    assertTrue(dump.lines().count() > 10, dump);
    if (Boolean.getBoolean("dump")) {
      System.out.println(dump);
    }
    assertEquals(dump, CatalogDump.of(PrismaCatalog.of(schema)));
  }
}
