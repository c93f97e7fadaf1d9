package dev.strata.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  @Test
  void linesOfAStringWithoutCarriageReturns() {
    LineIndex idx = LineIndex.of("a\nbc\n\nd");
    assertEquals(4, idx.lineCount());
    assertEquals(0, idx.line(0));
    assertEquals(1, idx.line(2));
    assertEquals(2, idx.line(5));
    assertEquals(3, idx.line(6));
    assertEquals(6, idx.lineStart(3));
    assertEquals(1, LineIndex.of("").lineCount());
    assertEquals(2, LineIndex.of("x\n").lineCount());
  }

  @Test
  void carriageReturnsEndLinesAloneAndBeforeANewline() {
    LineIndex idx = LineIndex.of("a\r\nb\rc");
    assertEquals(3, idx.lineCount());
    assertEquals(3, idx.lineStart(1));
    assertEquals(5, idx.lineStart(2));
  }

  /** The String fast path and the general CharSequence path agree on every offset. */
  @Test
  void stringAndCharSequenceAgree() {
    Random r = new Random(9);
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(80);
      for (int i = 0; i < len; i++) {
        int pick = r.nextInt(10);
        b.append(pick == 0 ? '\n' : pick == 1 && round % 2 == 0 ? '\r' : (char) ('a' + pick));
      }
      LineIndex fromString = LineIndex.of(b.toString());
      LineIndex fromBuilder = LineIndex.of(b);
      assertEquals(fromBuilder.lineCount(), fromString.lineCount(), b.toString());
      for (int o = 0; o <= b.length(); o++) {
        assertEquals(fromBuilder.line(o), fromString.line(o), b + " @" + o);
      }
    }
  }
}
