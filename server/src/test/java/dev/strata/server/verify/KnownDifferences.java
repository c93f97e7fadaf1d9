package dev.strata.server.verify;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The differences between the model and PostgreSQL on the shared corpus that a static model cannot
 * remove, each with its reason. Everything else is a bug.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  /**
   * hatchet-dev/hatchet creates date-named partitions ({@code v1_dag_20261125}, {@code
   * v1_dags_olap_20261125_cancelled}) by calling plpgsql functions that run EXECUTE with names built
   * from NOW(): the tables PostgreSQL has depend on the day the history is replayed. The model knows
   * these functions run dynamic SQL and does not report references to such names as errors
   * (unverified-reference), but it cannot list the tables.
   */
  private static final Pattern HATCHET_DATED_PARTITION = Pattern.compile(".*_20\\d{6}(_[a-z]+)?\\b.*");

  /**
   * FIXME: differences the model should not have; each must still show, so a fix makes the test
   * fail until its entry is removed. None left (langfuse's temporary table was #3).
   */
  static final Map<String, List<String>> FIXME = Map.of();

  static boolean explained(String history, String difference) {
    return (history.equals("hatchet-dev__hatchet") && HATCHET_DATED_PARTITION.matcher(difference).matches())
        || FIXME.getOrDefault(history, List.of()).contains(difference);
  }
}
