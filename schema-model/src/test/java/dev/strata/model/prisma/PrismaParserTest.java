package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaParserTest {
  static final FileId F = new FileId("schema.prisma");

  @Test
  void readsFieldsTypesModifiersAndAttributesWithRanges() {
    String text = "model User {\n  id Int @id @default(autoincrement())\n  email String? @unique @db.VarChar(255)\n"
        + "  posts Post[]\n  @@map(\"users\")\n  @@index([email(sort: Desc)], type: Hash)\n}\n";
    PrismaSchema s = PrismaSchema.parse(F, text);
    assertEquals(List.of(), s.problems());
    PrismaModel m = s.model("User").orElseThrow();
    assertEquals("users", m.dbName());
    PrismaField email = m.field("email").orElseThrow();
    assertTrue(email.optional());
    assertEquals("String", email.type());
    assertEquals("@db.VarChar(255)", email.nativeType().orElseThrow().range().slice(text));
    assertTrue(m.field("posts").orElseThrow().list());
    PrismaAttribute idx = m.attributes("index").get(0);
    assertEquals("Hash", idx.arg("type").orElseThrow().name());
    assertEquals("email", idx.positional().orElseThrow().items().get(0).name());
    assertEquals("User", m.nameRange().slice(text));
  }

  @Test
  void readsEnumsWithMappedValuesAndDatasourceSchemas() {
    String text = "datasource db {\n  provider = \"postgresql\"\n  schemas = [\"a\", \"b\"]\n}\n"
        + "generator c {\n  provider = \"prisma-client-js\"\n}\n/// doc\nenum Mood {\n  HAPPY // comment\n"
        + "  SAD @map(\"sad\")\n  @@map(\"mood\")\n}\n";
    PrismaSchema s = PrismaSchema.parse(F, text);
    assertEquals(List.of(), s.problems());
    assertEquals(List.of("a", "b"), s.datasource().orElseThrow().schemas());
    assertEquals("postgresql", s.datasource().orElseThrow().provider().orElseThrow());
    PrismaEnum e = s.enumNamed("Mood").orElseThrow();
    assertEquals("mood", e.dbName());
    assertEquals(List.of("HAPPY", "sad"), e.values().stream().map(PrismaEnum.Value::dbName).toList());
  }

  @Test
  void reportsABadLineWithItsRangeAndKeepsTheRest() {
    String text = "model A {\n  id Int @id\n  broken = 3\n  name String\n}\nmodel B {\n  id Int @id\n}\n";
    PrismaSchema s = PrismaSchema.parse(F, text);
    assertEquals(1, s.problems().size());
    Diagnostic d = s.problems().get(0);
    assertEquals("=", d.range().range().slice(text));
    assertEquals("expected the type of field 'broken', found '='", d.message());
    assertEquals(List.of("id", "name"), s.model("A").orElseThrow().fields().stream().map(PrismaField::name).toList());
    assertTrue(s.model("B").isPresent());
  }

  @Test
  void reportsUnterminatedStringsAndMissingBraces() {
    String text = "model A {\n  id String @default(\"x)\n}\nmodel";
    PrismaSchema s = PrismaSchema.parse(F, text);
    assertEquals(List.of("expected a value, found an unterminated string",
        "expected a name after 'model', found the end of the file"),
        s.problems().stream().map(Diagnostic::message).toList());
    assertEquals("\"x)", s.problems().get(0).range().range().slice(text));
  }

  @Test
  void readsSeveralFilesAsOneSchema() {
    PrismaSchema s = PrismaSchema.parse(List.of(
        new PrismaSchema.Source(new FileId("schema/a.prisma"), "model A {\n  id Int @id\n  b B[]\n}\n"),
        new PrismaSchema.Source(new FileId("schema/b.prisma"), "model B {\n  id Int @id\n  aId Int\n"
            + "  a A @relation(fields: [aId], references: [id])\n}\n")));
    assertEquals(List.of("A", "B"), s.models().stream().map(PrismaModel::name).toList());
    assertEquals("schema/b.prisma", s.model("B").orElseThrow().file().path());
    assertTrue(PrismaCatalog.of(s).table(dev.strata.model.catalog.QName.of("public", "B")).orElseThrow()
        .constraint(dev.strata.model.catalog.Name.of("B_aId_fkey")).isPresent());
  }
}
