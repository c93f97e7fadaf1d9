package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.HoverResult;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hover on prisma-p3006's schema: what the migration history leaves behind each model and field. */
class PrismaHoverTest {
  private static final FileId FILE = new FileId(Workspace3006.SCHEMA_PATH);
  private static final String LAST = "*after 20251214_bootstrap_default_client*";
  private static Analysis history;
  private static PrismaSchema schema;
  private static String text;

  @BeforeAll
  static void load() throws IOException {
    history = Workspace3006.analysis();
    schema = Workspace3006.schema();
    text = Workspace3006.schemaText();
  }

  @Test
  void aModelNameShowsItsTableAsTheHistoryLeavesIt() {
    HoverResult h = hover("model Client {", "Client").orElseThrow();
    assertTrue(h.markdown().startsWith("**table** `clients` " + LAST), h.markdown());
    // Columns the schema no longer has are still there after the history: that is the drift.
    assertTrue(h.markdown().contains("| opsAlertsMuted | boolean | NOT NULL | `false` |"), h.markdown());
    assertTrue(h.markdown().contains("[20241223_add_ops_alert_fields:"), h.markdown());
    int start = text.indexOf("model Client {") + "model ".length();
    assertEquals(start, h.range().start());
    assertEquals(start + "Client".length(), h.range().end());
  }

  @Test
  void aMappedFieldShowsItsColumn() {
    HoverResult h = hover("  legacyClientId String", "legacyClientId").orElseThrow();
    assertTrue(h.markdown().startsWith("**column** `onboarding_states.client_id` `text` " + LAST), h.markdown());
    assertTrue(h.markdown().contains("NOT NULL"), h.markdown());
  }

  @Test
  void aModelWithoutTableSaysSo() {
    HoverResult h = hover("model ClientControls {", "ClientControls").orElseThrow();
    assertTrue(h.markdown().startsWith("**table** `client_controls` does not exist " + LAST), h.markdown());
  }

  @Test
  void anEnumShowsItsTypeWithTheHistorysLabels() {
    HoverResult h = hover("enum BillingStatus {", "BillingStatus").orElseThrow();
    assertTrue(h.markdown().contains("BillingStatus"), h.markdown());
    assertTrue(h.markdown().contains("PAST_DUE"), h.markdown());
    assertTrue(!h.markdown().contains("GRACE_PERIOD"), "labels are the history's, not the schema's: " + h.markdown());
  }

  @Test
  void nothingOnRelationFieldsAttributesOrComments() {
    assertEquals(Optional.empty(), hover("  controls        ClientControls?", "controls"));
    assertEquals(Optional.empty(), hover("  @@map(\"clients\")", "map"));
    assertEquals(Optional.empty(), hover("// Phase 5 (admin", "Phase"));
  }

  /** Hover in the middle of {@code word}, found inside the first occurrence of {@code line}. */
  private static Optional<HoverResult> hover(String line, String word) {
    int at = text.indexOf(line);
    assertTrue(at >= 0, line);
    int offset = text.indexOf(word, at) + word.length() / 2;
    return PrismaHover.at(schema, history, FILE, offset);
  }
}
