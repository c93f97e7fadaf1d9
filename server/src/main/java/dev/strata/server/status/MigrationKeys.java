package dev.strata.server.status;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each tool identifies a migration in its bookkeeping table, so files and rows can be matched.
 *
 * <ul>
 *   <li>Prisma: the folder name ({@code migration_name}).
 *   <li>Flyway: the version, compared as Flyway compares it ({@code 1_1} = {@code 1.1} = {@code 01.1.0});
 *       a repeatable migration by its script name, prefixed {@code R:}.
 *   <li>golang-migrate and goose: the version as a number (leading zeros do not count).
 *   <li>dbmate and diesel: the version as written ({@code 20240101120000}, diesel's without dashes).
 * </ul>
 */
final class MigrationKeys {
  private MigrationKeys() {}

  /** The key of a migration file. */
  static String of(Migration m) {
    Tool tool = m.tool();
    if (tool == Tool.PRISMA) {
      return m.name();
    }
    if (tool == Tool.FLYWAY) {
      return isRepeatable(m) ? repeatable(m.file().fileName()) : flywayVersion(m.version()).orElse(m.version());
    }
    if (tool == Tool.GOLANG_MIGRATE || tool == Tool.GOOSE) {
      return number(m.version());
    }
    return m.version();
  }

  /** True for a Flyway {@code R__} file, which has no version and runs again whenever its checksum changes. */
  static boolean isRepeatable(Migration m) {
    return m.tool() == Tool.FLYWAY && m.file().fileName().startsWith("R__");
  }

  /** The key of a Flyway repeatable, from its script name ({@code R__views.sql}, possibly under a folder). */
  static String repeatable(String script) {
    int slash = script.lastIndexOf('/');
    return "R:" + (slash < 0 ? script : script.substring(slash + 1));
  }

  /**
   * A Flyway version in canonical form: parts split on {@code .} or {@code _}, each without leading
   * zeros, trailing zero parts dropped. Empty when a part is not a number.
   */
  static Optional<String> flywayVersion(String text) {
    List<BigInteger> parts = new ArrayList<>();
    for (String p : text.split("[._]")) {
      if (p.isEmpty()) {
        continue;
      }
      if (!p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      parts.add(new BigInteger(p));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    parts.forEach(p -> out.add(p.toString()));
    return Optional.of(String.join(".", out));
  }

  /** Compares two canonical Flyway versions numerically, part by part. */
  static int compareFlyway(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** A decimal version without leading zeros; the text itself when it is not a number. */
  static String number(String digits) {
    return digits.chars().allMatch(c -> c >= '0' && c <= '9') && !digits.isEmpty()
        ? new BigInteger(digits).toString() : digits;
  }
}
