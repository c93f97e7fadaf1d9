package dev.strata.server.cli;

/** Where {@code Main} gets the real engine from. The integrator replaces the body. */
public final class LintEngines {
  private LintEngines() {}

  /** The engine backed by the shared {@code Analysis}. */
  public static LintEngine defaultEngine() {
    return new AnalysisLintEngine();
  }
}
