package dev.strata.model.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  @Test
  void offersTheSameKindOfReferenceWhenNoSpellingIsNear() {
    List<String> columns = List.of("id", "client_id", "clientId", "step", "completed_at", "created_at");
    assertEquals(List.of("client_id", "clientId"), DidYouMean.rank("customer_id", columns, 3));
  }

  @Test
  void prefersTheSameWordsInAnotherSpelling() {
    assertEquals("customer_id", DidYouMean.rank("customerId", List.of("customer", "customer_id", "cust_id"), 3).get(0));
  }

  @Test
  void correctsTypos() {
    assertEquals(List.of("email"), DidYouMean.rank("emial", List.of("email", "name", "id"), 3));
  }

  @Test
  void offersNothingForUnrelatedNames() {
    assertEquals(List.of(), DidYouMean.rank("nickname", List.of("id", "email", "created_at"), 3));
  }

  @Test
  void splitsWordsAtUnderscoresAndCaseChanges() {
    assertEquals(List.of("client", "id"), DidYouMean.words("clientId"));
    assertEquals(List.of("alert", "key"), DidYouMean.words("alert_key"));
  }
}
