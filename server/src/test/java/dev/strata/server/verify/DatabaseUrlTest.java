package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void masksThePasswordParameterOfAJdbcUrl() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db:5432/app?user=me&password=s3cret&ssl=true");
    assertEquals("jdbc:postgresql://db:5432/app?user=me&password=***&ssl=true", url.masked());
    assertEquals(url.masked(), url.toString());
    assertEquals("jdbc:postgresql://db:5432/app?user=me&password=s3cret&ssl=true", url.jdbc());
  }

  @Test
  void convertsALibpqUrlAndMasksItsPassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://me:p%40ss@db:5433/app?sslmode=require");
    assertEquals("jdbc:postgresql://db:5433/app?sslmode=require&user=me&password=p%40ss", url.jdbc());
    assertFalse(url.masked().contains("p%40ss"));
    assertEquals("postgres://me:***@db/x", DatabaseUrl.mask("postgres://me:hunter2@db/x"));
  }

  @Test
  void swapsTheDatabaseAndKeepsCredentials() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db/postgres?user=me&password=pw")
        .withDatabase("strata_verify_1").withParameter("preferQueryMode", "simple");
    assertEquals("jdbc:postgresql://db/strata_verify_1?user=me&password=pw&preferQueryMode=simple", url.jdbc());
  }

  @Test
  void rejectsOtherUrlsWithoutEchoingThePassword() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DatabaseUrl.parse("mysql://root:topsecret@db/app"));
    assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
  }
}
