package dev.strata.server.cli;

/** Where {@code Main} gets the real engine from. The integrator replaces the body. */
public final class LintEngines {
  private LintEngines() {}

  /**
   * The engine backed by the shared {@code Analysis}.
   *
   * @throws UnsupportedOperationException until the analysis is wired in; {@code lint} reports
   *     this as a usage failure (exit 2)
   */
  public static LintEngine defaultEngine() {
    throw new UnsupportedOperationException("engine not wired");
  }
}
