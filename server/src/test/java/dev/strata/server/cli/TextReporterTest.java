package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextReporterTest {
  private final Reporter text = OutputFormat.TEXT.reporter();

  @Test
  void rendersSampleReportAsGolden() {
    Golden.assertMatches("sample.txt", text.render(SampleReports.sample(), SampleReports.PLAIN));
  }

  @Test
  void plainOutputHasNoEscapeCodes() {
    assertFalse(text.render(SampleReports.sample(), SampleReports.PLAIN).contains("\u001b["));
  }

  @Test
  void colourWrapsSeverityAndCaretsInTheSeverityColour() {
    String out = text.render(SampleReports.sample(), SampleReports.COLOR);
    assertTrue(out.contains("\u001b[1;31merror[unknown-column]\u001b[0m"), out);
    assertTrue(out.contains("\u001b[1;31m^^^^^^^^^^^\u001b[0m"), out);
    assertTrue(out.contains("\u001b[1;33mwarning[drop-column]\u001b[0m"), out);
  }

  @Test
  void colouredAndPlainOutputsSayTheSameOnceEscapesAreRemoved() {
    String coloured = text.render(SampleReports.sample(), SampleReports.COLOR);
    assertEquals(
        text.render(SampleReports.sample(), SampleReports.PLAIN),
        coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void caretsKeepTabsOfTheSourceLine() {
    assertEquals("\t   ", TextReporter.caretIndent("\tabcdef", 5));
  }

  @Test
  void caretsPadPastTheEndOfAShortLine() {
    assertEquals("    ", TextReporter.caretIndent("ab", 5));
  }

  @Test
  void multiLineRangeIsUnderlinedToTheEndOfItsFirstLine() {
    LintFinding f = new SampleReports.Range("a.sql", 1, 3, 4, 2, "ALTER TABLE t")
        .build("error", "x", null, "m", null, null);
    assertEquals("^".repeat("ALTER TABLE t".length() - 2), TextReporter.carets(f, f.sourceLine()));
  }

  @Test
  void emptyRangeGetsOneCaret() {
    LintFinding f = new SampleReports.Range("a.sql", 1, 3, 1, 3, "abc")
        .build("error", "x", null, "m", null, null);
    assertEquals("^", TextReporter.carets(f, f.sourceLine()));
  }

  @Test
  void summaryCountsHintsWithInfosAndUsesSingularForOne() {
    assertEquals("2 migrations, 9 statements: 1 error, 1 warning, 2 infos (in 0.12 s)",
        TextReporter.summary(SampleReports.sample()));
  }

  @Test
  void emptyReportPrintsOnlyTheSummary() {
    assertEquals("3 migrations, 12 statements: 0 errors, 0 warnings, 0 infos (in 2.35 s)\n",
        text.render(SampleReports.empty(), SampleReports.PLAIN));
  }

  @Test
  void elapsedSecondsHaveTwoDecimalsRoundedHalfUp() {
    assertEquals("0.00", TextReporter.seconds(0));
    assertEquals("0.01", TextReporter.seconds(5));
    assertEquals("0.12", TextReporter.seconds(124));
    assertEquals("1.24", TextReporter.seconds(1235));
    assertEquals("100.00", TextReporter.seconds(99_995));
  }

  @Test
  void terminalStreamsWriteUtf8() throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.Writer w = new Terminal.Utf8Writer(bytes);
    w.write("caf\u00e9 \u2192 ok");
    w.write(new char[] {'[', '\u00e9', ']'}, 1, 1);
    w.flush();
    assertEquals("caf\u00e9 \u2192 ok\u00e9", bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(14, bytes.size());
  }
}
