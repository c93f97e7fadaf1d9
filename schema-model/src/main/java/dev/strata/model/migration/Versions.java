package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Version helpers shared by the layouts: numeric prefixes and duplicate detection. */
final class Versions {
  /** {@code 0001_name...}: the digits before the first underscore. */
  static final Pattern NUMERIC_PREFIX = Pattern.compile("^([0-9]+)_");

  private Versions() {}

  /** Compares two digit strings as unbounded non-negative integers ({@code 010} = {@code 10}). */
  static int compareNumeric(String a, String b) {
    String x = stripZeros(a);
    String y = stripZeros(b);
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  /** The canonical form of a digit string: no leading zeros, {@code "0"} for zero. */
  static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /** One {@code duplicate-version} error per migration whose key an earlier one already used. */
  static List<Diagnostic> duplicates(List<Migration> ordered, Function<Migration, String> key) {
    Map<String, Migration> first = new HashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Migration m : ordered) {
      Migration earlier = first.putIfAbsent(key.apply(m), m);
      if (earlier != null) {
        out.add(MigrationProblems.duplicateVersion(m.file(), m.version(), earlier.file()));
      }
    }
    return out;
  }

  /** {@code name} without {@code suffix} when it ends with it. */
  static String strip(String name, String suffix) {
    return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }
}
