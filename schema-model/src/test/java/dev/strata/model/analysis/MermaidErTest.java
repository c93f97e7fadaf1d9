package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MermaidErTest {

  @Test
  void printsTablesColumnsKeysAndCardinalities() {
    Analysis a = Analysis.of(FixtureMigrations.of(Fixture.parse("""
        -- file: 001_init.sql
        CREATE TABLE clients (id bigint PRIMARY KEY, email text UNIQUE, "createdAt" timestamp(3) NOT NULL);
        CREATE TABLE profiles (client_id bigint PRIMARY KEY REFERENCES clients, bio text);
        CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL REFERENCES clients, coupon bigint REFERENCES orders,
          total numeric(10,2));
        """)));
    assertEquals("""
        erDiagram
            clients {
                bigint id PK
                text email UK
                timestamp(3)_without_time_zone createdAt
            }
            orders {
                bigint id PK
                bigint client_id FK
                bigint coupon FK
                numeric(10_2) total
            }
            profiles {
                bigint client_id PK, FK
                text bio
            }
            clients ||--o{ orders : "client_id"
            orders |o--o{ orders : "coupon"
            clients ||--o| profiles : "client_id"
        """, MermaidEr.print(a.finalCatalog()));
  }

  @Test
  void prismaP3006AfterTheBaselineMatchesItsGolden() throws Exception {
    Analysis a = TestWorkspaces.analysis("prisma-p3006");
    Golden.assertMatches(Path.of("target/test-classes/timeline/prisma-p3006-baseline-er.sql").toAbsolutePath(),
        MermaidEr.print(a.results().get(2).after()));
  }
}
