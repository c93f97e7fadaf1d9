package dev.strata.model.analysis;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Related;
import dev.strata.model.text.FileRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moves the locations a re-used result's diagnostics hold in an edited file. */
final class Relocation {
  private Relocation() {}

  /**
   * {@code r} with every diagnostic location in {@code shift}'s file moved; {@code r} itself when
   * none points there; null when one points into the replaced text (the result must be redone).
   */
  static MigrationResult diagnostics(MigrationResult r, TextShift shift) {
    boolean touched = false;
    List<StatementResult> statements = new ArrayList<>(r.statements().size());
    for (StatementResult s : r.statements()) {
      List<Diagnostic> moved = moved(s.diagnostics(), shift);
      if (moved == null) {
        return null;
      }
      touched |= moved != s.diagnostics();
      statements.add(moved == s.diagnostics() ? s
          : new StatementResult(s.parsed(), s.before(), s.after(), moved, s.events(), s.inTransaction()));
    }
    List<Diagnostic> file = moved(r.fileDiagnostics(), shift);
    if (file == null) {
      return null;
    }
    touched |= file != r.fileDiagnostics();
    return touched ? new MigrationResult(r.index(), r.migration(), r.before(), r.after(), statements, file) : r;
  }

  /** The list with locations moved; the same list when nothing moved; null when one cannot be. */
  private static List<Diagnostic> moved(List<Diagnostic> ds, TextShift shift) {
    List<Diagnostic> out = null;
    for (int i = 0; i < ds.size(); i++) {
      Diagnostic d = ds.get(i);
      Diagnostic m = moved(d, shift);
      if (m == null) {
        return null;
      }
      if (m != d && out == null) {
        out = new ArrayList<>(ds.subList(0, i));
      }
      if (out != null) {
        out.add(m);
      }
    }
    return out == null ? ds : out;
  }

  private static Diagnostic moved(Diagnostic d, TextShift shift) {
    boolean inFile = d.range().file().equals(shift.file())
        || d.related().stream().anyMatch(x -> x.location().file().equals(shift.file()));
    if (!inFile) {
      return d;
    }
    Optional<FileRange> range = shift.location(d.range());
    List<Related> related = new ArrayList<>();
    for (Related x : d.related()) {
      Optional<FileRange> at = shift.location(x.location());
      if (at.isEmpty()) {
        return null;
      }
      related.add(new Related(at.get(), x.message()));
    }
    return range.map(r -> new Diagnostic(d.code(), d.severity(), d.message(), r, d.help(), related, d.fixes()))
        .orElse(null);
  }
}
