package dev.strata.model.diag;

import dev.strata.model.text.FileRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding. The message states the fact (naming the object, the migration and the point in
 * history); {@code help} says what to change; {@code related} points at where the objects involved
 * came from; {@code fixes} are text edits the user may accept.
 */
public record Diagnostic(
    DiagnosticCode code,
    Severity severity,
    String message,
    FileRange range,
    Optional<String> help,
    List<Related> related,
    List<Fix> fixes) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(help, "help");
    related = List.copyOf(related);
    fixes = List.copyOf(fixes);
  }

  public static Diagnostic of(DiagnosticCode code, FileRange range, String message) {
    return new Diagnostic(code, code.defaultSeverity(), message, range, Optional.empty(), List.of(), List.of());
  }

  public Diagnostic withHelp(String text) {
    return new Diagnostic(code, severity, message, range, Optional.ofNullable(text), related, fixes);
  }

  public Diagnostic withRelated(List<Related> more) {
    return new Diagnostic(code, severity, message, range, help, concat(related, more), fixes);
  }

  public Diagnostic withFixes(List<Fix> more) {
    return new Diagnostic(code, severity, message, range, help, related, concat(fixes, more));
  }

  public Diagnostic withSeverity(Severity s) {
    return new Diagnostic(code, s, message, range, help, related, fixes);
  }

  public Optional<String> sqlstate() {
    return code.sqlstate();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    var all = new java.util.ArrayList<T>(a);
    all.addAll(b);
    return all;
  }
}
