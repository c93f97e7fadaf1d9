package dev.strata.server.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code .ci/pg-start} printed: its {@code export NAME=value} lines.
 *
 * <p>The script prints only such lines on stdout; values may be bare or single-quoted. Lines in
 * any other shape are ignored, so a stray message on stdout cannot break parsing.
 *
 * @param variables the exported variables, in output order
 */
record PgStartOutput(Map<String, String> variables) {

  private static final Pattern EXPORT =
      Pattern.compile("^export ([A-Za-z_][A-Za-z0-9_]*)=(?:'([^']*)'|(\\S*))\\s*$");

  PgStartOutput {
    variables = Map.copyOf(variables);
  }

  /** Parses the script's stdout. */
  static PgStartOutput parse(String stdout) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (String line : stdout.split("\\R")) {
      Matcher m = EXPORT.matcher(line.strip());
      if (m.matches()) {
        vars.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
      }
    }
    return new PgStartOutput(vars);
  }

  /** The JDBC URL ({@code STRATA_TEST_PG_URL}), if the script printed one. */
  Optional<String> jdbcUrl() {
    return Optional.ofNullable(variables.get("STRATA_TEST_PG_URL")).filter(s -> !s.isEmpty());
  }

  /** The directory {@code .ci/pg-stop} must be given to stop the server ({@code STRATA_PG_DATA}). */
  Optional<Path> dataRoot() {
    return Optional.ofNullable(variables.get("STRATA_PG_DATA")).filter(s -> !s.isEmpty()).map(Path::of);
  }
}
