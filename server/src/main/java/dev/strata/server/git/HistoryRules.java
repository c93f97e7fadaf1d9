package dev.strata.server.git;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The history-aware rules: they compare a history's migrations on disk with the base branch. Pure:
 * the caller reads the files and asks git ({@link BaseBranch}); this class only decides.
 *
 * <ul>
 *   <li>{@code edited-applied-migration}: a migration that exists on the base branch has other
 *       content now (line ends and a BOM aside). Databases that applied it keep the old schema;
 *       Prisma and Flyway also refuse the history because its checksum changed.
 *   <li>{@code migration-order}: a migration that is not on the base branch sorts before the latest
 *       one that is, so databases already past that one skip it (or the tool refuses to run it).
 *   <li>{@code bom-or-crlf}: a UTF-8 byte order mark the base copy lacks (or on a new file), or
 *       line ends that differ from the base copy's (CRLF against LF): both change the checksum Prisma
 *       computes over the file's bytes.
 * </ul>
 */
public final class HistoryRules {
  public static final DiagnosticCode EDITED_APPLIED_MIGRATION =
      DiagnosticCode.check("edited-applied-migration", Severity.ERROR);
  public static final DiagnosticCode MIGRATION_ORDER = DiagnosticCode.check("migration-order", Severity.ERROR);
  public static final DiagnosticCode BOM_OR_CRLF = DiagnosticCode.check("bom-or-crlf", Severity.WARNING);
  /** Every code, in the order the rules run. */
  public static final List<DiagnosticCode> CODES = List.of(EDITED_APPLIED_MIGRATION, MIGRATION_ORDER, BOM_OR_CRLF);

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private HistoryRules() {}

  /**
   * The findings for one history, in apply order.
   *
   * @param history the migrations in apply order, as analysed
   * @param onDisk each migration's bytes on disk, by path
   */
  public static List<Diagnostic> check(List<Migration> history, Map<String, byte[]> onDisk, BaseBranch base) {
    int latestOnBase = -1;
    for (int i = 0; i < history.size(); i++) {
      if (base.present().contains(history.get(i).file().path())) {
        latestOnBase = i;
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Migration m = history.get(i);
      String path = m.file().path();
      byte[] now = onDisk.getOrDefault(path, m.text().getBytes(StandardCharsets.UTF_8));
      if (base.present().contains(path)) {
        byte[] then = base.differing().get(path);
        if (then != null) {
          edited(m, now, then, base.ref(), out);
          lineEnds(m, now, then, base.ref(), out);
        }
      } else {
        if (i < latestOnBase) {
          out.add(order(m, history.get(latestOnBase), base.ref()));
        }
        if (startsWithBom(now)) {
          out.add(bom(m, "this new migration starts with a UTF-8 byte order mark"));
        }
      }
    }
    return out;
  }

  private static void edited(Migration m, byte[] now, byte[] then, String ref, List<Diagnostic> out) {
    List<String> a = lines(now);
    List<String> b = lines(then);
    int k = 0;
    while (k < a.size() && k < b.size() && a.get(k).equals(b.get(k))) {
      k++;
    }
    if (k == a.size() && k == b.size()) {
      return;
    }
    LineIndex idx = LineIndex.of(m.text());
    int line = Math.min(k, idx.lineCount() - 1);
    TextRange at = new TextRange(idx.lineStart(line), idx.lineEnd(line, m.text()));
    String message = "migration " + m.name() + " exists on " + ref + " and its content changed (first at line "
        + (k + 1) + "): " + consequence(m.tool(), now, then);
    out.add(Diagnostic.of(EDITED_APPLIED_MIGRATION, new FileRange(m.file(), at), message).withHelp(
        "Revert the edit and put the change in a new migration; databases that applied the old text"
            + " will never run the new one."));
  }

  /** What the edit does to the tool's bookkeeping. */
  private static String consequence(Tool tool, byte[] now, byte[] then) {
    if (tool == Tool.PRISMA) {
      return "Prisma recorded the SHA-256 " + Checksums.sha256(then).substring(0, 12) + "… of the applied file, it is now "
          + Checksums.sha256(now).substring(0, 12) + "…, so `prisma migrate dev` reports it as modified after it was applied";
    }
    if (tool == Tool.FLYWAY) {
      return "Flyway recorded checksum " + Checksums.flywayCrc32(then) + ", it is now " + Checksums.flywayCrc32(now)
          + ", so `flyway validate` (and migrate, which validates) fails with a checksum mismatch";
    }
    return "databases that already applied it keep what the old text did";
  }

  private static void lineEnds(Migration m, byte[] now, byte[] then, String ref, List<Diagnostic> out) {
    if (startsWithBom(now) && !startsWithBom(then)) {
      out.add(bom(m, "this migration starts with a UTF-8 byte order mark its copy on " + ref + " lacks"));
    }
    boolean crlfNow = hasCrlf(now);
    if (crlfNow != hasCrlf(then)) {
      String message = "line ends differ from the copy on " + ref + " (" + (crlfNow ? "CRLF here, LF there" : "LF here, CRLF there")
          + "): tools that checksum the file's bytes, like Prisma, see an edited migration";
      out.add(Diagnostic.of(BOM_OR_CRLF, new FileRange(m.file(), firstLine(m)), message).withHelp(
          "Restore the line ends of " + ref + " (check core.autocrlf, or add `*.sql -text` or `eol=lf` to"
              + " .gitattributes)."));
    }
  }

  private static Diagnostic order(Migration m, Migration latest, String ref) {
    String message = "new migration " + m.name() + " sorts before " + latest.name() + ", the latest migration on "
        + ref + ": databases already past " + latest.name() + " apply it out of order or not at all";
    return Diagnostic.of(MIGRATION_ORDER, new FileRange(m.file(), new TextRange(0, 0)), message).withHelp(
        "Rename it so it sorts after " + latest.name() + " (regenerate its timestamp or version).");
  }

  private static Diagnostic bom(Migration m, String message) {
    return Diagnostic.of(BOM_OR_CRLF, new FileRange(m.file(), new TextRange(0, Math.min(1, m.text().length()))),
        message + ": it is part of the checksum, and some tools send it to PostgreSQL with the first statement")
        .withHelp("Save the file as UTF-8 without BOM.");
  }

  private static TextRange firstLine(Migration m) {
    LineIndex idx = LineIndex.of(m.text());
    return new TextRange(0, idx.lineEnd(0, m.text()));
  }

  /** The text's lines without BOM or line terminators, so only content differences count. */
  static List<String> lines(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return Arrays.asList(s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
  }

  private static boolean hasCrlf(byte[] b) {
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return true;
      }
    }
    return false;
  }
}
