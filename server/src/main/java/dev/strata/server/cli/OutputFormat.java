package dev.strata.server.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code --format} values of {@code strata lint}, each with its reporter. */
public enum OutputFormat {
  /** Human-readable, with carets under the source; the default. */
  TEXT(new TextReporter()),
  /** Strata's own JSON for scripts. */
  JSON(new JsonReporter()),
  /** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
  SARIF(new SarifReporter()),
  /** GitHub Actions workflow commands ({@code ::error file=...::message}). */
  GITHUB(new GithubReporter()),
  /** GitLab Code Quality JSON, for a {@code codequality} report artifact. */
  GITLAB(new GitlabReporter());

  private final Reporter reporter;

  OutputFormat(Reporter reporter) {
    this.reporter = reporter;
  }

  public Reporter reporter() {
    return reporter;
  }

  /** The spelling used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format spelled {@code id} (case-insensitive), if there is one. */
  public static Optional<OutputFormat> fromId(String id) {
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id.trim())).findFirst();
  }

  /** All ids, comma-separated, for error messages. */
  public static String ids() {
    return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
  }
}
