package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE VIEW stores the query's output column names, as pg_attribute lists them for the view. */
class ViewColumnsTest {
  private static List<String> columns(History h, String view) {
    return h.cat.views().get(QName.of("public", view)).orElseThrow().columns().stream().map(Name::value).toList();
  }

  @Test
  void viewColumnsComeFromTheQueryAtThatPoint() {
    History h = History.of("CREATE TABLE users (id int, email text, \"createdAt\" timestamp);\n"
        + "CREATE VIEW v AS SELECT u.id, u.email AS mail, u.\"createdAt\", now() - u.\"createdAt\" AS age FROM users u;\n"
        + "CREATE VIEW w AS SELECT * FROM users;").ok();
    assertEquals(List.of("id", "mail", "createdAt", "age"), columns(h, "v"));
    assertEquals(List.of("id", "email", "createdAt"), columns(h, "w"));
  }

  @Test
  void anExplicitColumnListRenamesTheLeadingColumns() {
    History h = History.of("CREATE TABLE users (id int, email text);\n"
        + "CREATE VIEW v (ident) AS SELECT id, email FROM users;").ok();
    assertEquals(List.of("ident", "email"), columns(h, "v"));
  }

  @Test
  void aViewOverAMissingTableOrColumnFailsAndIsNotCreated() {
    History h = History.of("CREATE TABLE users (id int, email text);\n"
        + "CREATE VIEW v AS SELECT id FROM accounts;\n");
    assertEquals("accounts", h.marked(h.fails("unknown-table")));
    assertEquals(java.util.Optional.empty(), h.cat.views().get(QName.of("public", "v")));
    History c = History.of("CREATE TABLE users (id int, email text);\n"
        + "ALTER TABLE users RENAME COLUMN email TO mail;\n").then("CREATE VIEW w AS SELECT id, email FROM users;\n");
    assertEquals("email", c.marked(c.fails("unknown-column")));
    assertEquals(java.util.Optional.empty(), c.cat.views().get(QName.of("public", "w")));
  }
}
