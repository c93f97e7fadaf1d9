package dev.strata.model.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectTreeTest {
  /** U+1F600 (a surrogate pair in UTF-16) sorts after U+FF21 in UTF-8 byte order, before it in UTF-16. */
  @Test
  void byteOrderIsCodePointOrderAtSurrogates() {
    String emoji = "m_\uD83D\uDE00";
    String fullwidth = "m_\uFF21";
    assertTrue(emoji.compareTo(fullwidth) < 0, "UTF-16 order puts the pair first");
    assertTrue(ProjectTree.compareCodePoints(emoji, fullwidth) > 0);
    assertTrue(ProjectTree.compareCodePoints(fullwidth, emoji) < 0);
    // Same high surrogate, different low ones: the pair's order.
    assertTrue(ProjectTree.compareCodePoints("\uD83D\uDE00", "\uD83D\uDE01") < 0);
    assertEquals(0, ProjectTree.compareCodePoints("a\uD83D\uDE00", "a\uD83D\uDE00"));
    // Ordinary text: as String.compareTo, prefix first.
    assertTrue(ProjectTree.compareCodePoints("20241218_init", "20241218_init_b") < 0);
    assertTrue(ProjectTree.compareCodePoints("B_first", "a_third") < 0);
  }

  @Test
  void byteOrderAgreesWithUtf8BytesOnMixedNames() {
    List<String> names = List.of("a", "\uFF21", "\uD83D\uDE00", "\uE000", "z", "\u00E9", "\uD7FF", "A\uD83D\uDE00b");
    List<String> byComparator = new ArrayList<>(names);
    byComparator.sort(ProjectTree.BYTE_ORDER);
    List<String> byBytes = new ArrayList<>(names);
    byBytes.sort((x, y) -> java.util.Arrays.compareUnsigned(
        x.getBytes(java.nio.charset.StandardCharsets.UTF_8), y.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(byBytes, byComparator);
  }

  @Test
  void aLargeFolderIsReadOncePerFileInApplyOrder() {
    Project p = Project.of();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = String.format("2024%04d_step", i);
      p.with("prisma/migrations/" + name + "/migration.sql");
      expected.add(name);
    }
    MigrationRoot root = p.root();

    assertEquals(expected, Project.names(root));
    List<String> reads = p.reads();
    assertEquals(200, reads.size());
    assertEquals(200, new HashSet<>(reads).size(), "no file is read twice");
    Set<String> texts = new HashSet<>();
    root.migrations().forEach(m -> texts.add(m.text()));
    assertEquals(Set.of("SELECT 1;\n"), texts);
  }
}
