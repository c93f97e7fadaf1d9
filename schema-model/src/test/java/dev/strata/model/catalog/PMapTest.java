package dev.strata.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PMapTest {

  /** A key whose hash collides on purpose: only {@code id % 3} goes into the hash. */
  record Colliding(int id) {
    @Override
    public int hashCode() {
      return id % 3;
    }
  }

  @Test
  void randomOperationsBehaveLikeALinkedHashMapAndOldVersionsStayIntact() {
    Random random = new Random(42);
    PMap<Object, Integer> map = PMap.empty();
    LinkedHashMap<Object, Integer> model = new LinkedHashMap<>();
    List<PMap<Object, Integer>> versions = new ArrayList<>();
    List<Map<Object, Integer>> expected = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      Object key = random.nextInt(4) == 0 ? new Colliding(random.nextInt(60)) : "k" + random.nextInt(3000);
      if (random.nextInt(3) == 0) {
        map = map.without(key);
        model.remove(key);
      } else {
        int value = random.nextInt(1000);
        map = map.with(key, value);
        model.put(key, value);
      }
      if (step % 997 == 0) {
        versions.add(map);
        expected.add(new LinkedHashMap<>(model));
      }
    }
    assertSameContent(model, map);
    for (int i = 0; i < versions.size(); i++) {
      assertSameContent(expected.get(i), versions.get(i));
    }
  }

  private static void assertSameContent(Map<Object, Integer> model, PMap<Object, Integer> map) {
    assertEquals(model.size(), map.size());
    assertEquals(new ArrayList<>(model.keySet()), new ArrayList<>(map.keys()));
    assertEquals(new ArrayList<>(model.values()), new ArrayList<>(map.values()));
    assertEquals(model, map.asMap());
    assertEquals(model.hashCode(), map.hashCode());
    for (Map.Entry<Object, Integer> e : model.entrySet()) {
      assertEquals(Optional.of(e.getValue()), map.get(e.getKey()));
      assertTrue(map.containsKey(e.getKey()));
    }
    assertFalse(map.containsKey("absent"));
  }

  @Test
  void rebindingKeepsPositionAndSameValueReturnsSameMap() {
    PMap<String, String> m = PMap.<String, String>empty().with("a", "1").with("b", "2").with("c", "3");
    PMap<String, String> rebound = m.with("a", "9");
    assertEquals(List.of("a", "b", "c"), List.copyOf(rebound.keys()));
    assertEquals(List.of("9", "2", "3"), List.copyOf(rebound.values()));
    assertSame(m, m.with("b", m.get("b").orElseThrow()));
    assertSame(m, m.without("zz"));
    assertEquals(List.of("b", "c", "a"), List.copyOf(m.without("a").with("a", "1").keys()));
  }

  @Test
  void equalityIgnoresOrderAndComparesValues() {
    PMap<String, Integer> ab = PMap.<String, Integer>empty().with("a", 1).with("b", 2);
    PMap<String, Integer> ba = PMap.<String, Integer>empty().with("b", 2).with("a", 1);
    assertEquals(ab, ba);
    assertEquals(ab.hashCode(), ba.hashCode());
    assertNotEquals(ab, ab.with("a", 3));
    assertNotEquals(ab, ab.with("c", 3));
    assertEquals(ab, ab.with("c", 3).without("c"));
  }

  @Test
  void withoutIfDropsMatchingValuesAndKeepsOrder() {
    PMap<Integer, Integer> m = PMap.empty();
    for (int i = 0; i < 100; i++) {
      m = m.with(i, i);
    }
    PMap<Integer, Integer> odd = m.withoutIf(v -> v % 2 == 0);
    assertEquals(50, odd.size());
    assertEquals(1, odd.values().iterator().next());
    assertEquals(99, new ArrayList<>(odd.values()).get(49));
    assertSame(m, m.withoutIf(v -> v > 1000));
  }

  @Test
  void manyRemovalsCompactAndKeepOrder() {
    PMap<Integer, Integer> m = PMap.empty();
    for (int i = 0; i < 5000; i++) {
      m = m.with(i, i).without(i - 3);
    }
    assertEquals(List.of(4997, 4998, 4999), List.copyOf(m.keys()));
  }

  @Test
  void groupsFollowEveryUpdateAndListMembersInMapOrder() {
    PMap<String, String> m = PMap.<String, String>empty().groupedBy(v -> List.of(v.substring(0, 1)));
    m = m.with("i1", "a-first").with("i2", "b-first").with("i3", "a-second").with("i4", "a-third");
    assertEquals(Optional.of(List.of("a-first", "a-second", "a-third")), m.group("a"));
    PMap<String, String> moved = m.with("i3", "b-moved").without("i1");
    assertEquals(Optional.of(List.of("a-third")), moved.group("a"));
    assertEquals(Optional.of(List.of("b-first", "b-moved")), moved.group("b"));
    assertEquals(Optional.of(List.of()), moved.group("z"));
    assertEquals(Optional.of(List.of("a-first", "a-second", "a-third")), m.group("a"), "old version intact");
    PMap<String, String> filtered = m.withoutIf(v -> v.startsWith("a"));
    assertEquals(Optional.of(List.of()), filtered.group("a"));
    assertEquals(m, PMap.<String, String>empty().with("i1", "a-first").with("i2", "b-first").with("i3", "a-second")
        .with("i4", "a-third"), "grouping plays no part in equality");
    assertEquals(Optional.empty(), PMap.<String, String>empty().with("x", "y").group("y"));
  }

  @Test
  void groupsSurviveCompaction() {
    PMap<Integer, Integer> m = PMap.<Integer, Integer>empty().groupedBy(v -> List.of(v % 2));
    for (int i = 0; i < 1000; i++) {
      m = m.with(i, i).without(i - 2);
    }
    assertEquals(Optional.of(List.of(998)), m.group(0));
    assertEquals(Optional.of(List.of(999)), m.group(1));
  }

  @Test
  void diffReportsExactlyTheChangedBindings() {
    PMap<Object, Integer> base = PMap.empty();
    for (int i = 0; i < 2000; i++) {
      base = base.with("k" + i, i);
    }
    base = base.with(new Colliding(1), 1).with(new Colliding(4), 4);
    Integer kept = 5;
    PMap<Object, Integer> next = base.with("k10", 99).without("k20").with("new", 1).without(new Colliding(4))
        .with(new Colliding(7), 7).with("k30", base.get("k30").orElseThrow());
    Map<Object, List<Integer>> seen = new LinkedHashMap<>();
    base.diff(next, (k, was, now) -> seen.put(k, java.util.Arrays.asList(was, now)));
    assertEquals(Map.of(
        "k10", java.util.Arrays.asList(10, 99),
        "k20", java.util.Arrays.asList(20, null),
        "new", java.util.Arrays.asList(null, 1),
        new Colliding(4), java.util.Arrays.asList(4, null),
        new Colliding(7), java.util.Arrays.asList(null, 7)), seen);
    List<Object> none = new ArrayList<>();
    base.diff(base.with("k5", kept), (k, was, now) -> none.add(k));
    assertEquals(List.of(), none, "re-binding the same value object is no change");
  }
}
