package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Naming;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamingTest {
  @Test
  void joinsPartsWithLabel() {
    assertEquals("users_email_key", Naming.makeObjectName("users", "email", "key"));
    assertEquals("users_pkey", Naming.makeObjectName("users", null, "pkey"));
  }

  @Test
  void truncatesLongerPartFirstToSixtyThreeBytes() {
    String table = "a".repeat(40);
    String col = "b".repeat(40);
    String name = Naming.makeObjectName(table, col, "fkey");
    assertEquals(63, name.length());
    assertEquals("a".repeat(29) + "_" + "b".repeat(28) + "_fkey", name);
  }

  @Test
  void numbersLabelOnCollision() {
    Set<Name> taken = Set.of(Name.of("t_a_idx"), Name.of("t_a_idx1"));
    assertEquals(Name.of("t_a_idx2"), Naming.chooseName("t", "a", "idx", taken));
  }

  @Test
  void additionStopsOnceLongEnough() {
    String joined = Naming.joinAddition(List.of("x".repeat(40), "y".repeat(40), "z"));
    assertEquals("x".repeat(40) + "_" + "y".repeat(40), joined);
  }

  @Test
  void generatedNamesInCatalogMatchPostgres() {
    History h = History.of("""
        CREATE TABLE t (id serial PRIMARY KEY, a int UNIQUE, b int CHECK (b > 0), c int, d int,
          CHECK (c > d), UNIQUE (c, d));
        CREATE TABLE u (id int REFERENCES t (id), a int, b int, FOREIGN KEY (a) REFERENCES t (a));
        CREATE INDEX ON u (a);
        CREATE INDEX ON u (a);
        CREATE INDEX ON u (lower(b::text));
        """).ok();
    assertEquals(List.of("t_pkey", "t_a_key", "t_c_d_key", "t_b_check", "t_check"),
        h.table("t").constraints().stream().map(c -> c.name().value()).toList());
    assertEquals(List.of("u_id_fkey", "u_a_fkey"), h.table("u").constraints().stream().map(c -> c.name().value()).toList());
    assertEquals(Set.of("u_a_idx", "u_a_idx1", "u_lower_idx"), Set.copyOf(h.cat.indexesOn(h.table("u").name())
        .stream().map(i -> i.name().name().value()).toList()));
  }
}
