package dev.strata.server.status;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.server.status.AppliedRecord.Outcome;
import dev.strata.server.status.MigrationStatus.State;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts a history's files next to its tool's bookkeeping rows. Pure.
 *
 * @param entries one per file in apply order, then one per recorded migration without a file, in
 *     the table's order
 * @param inDatabase the files whose effects the database holds (applied, changed or below a
 *     baseline), in apply order: the history the drift model is built from
 */
public record HistoryStatus(List<MigrationStatus> entries, List<Migration> inDatabase) {
  public HistoryStatus {
    entries = List.copyOf(entries);
    inDatabase = List.copyOf(inDatabase);
  }

  /**
   * @param files the history in the tool's apply order
   * @param bytes a file's bytes on disk, for checksums
   */
  public static HistoryStatus of(List<Migration> files, Recorded recorded, Function<Migration, byte[]> bytes) {
    Map<String, AppliedRecord> byKey = new LinkedHashMap<>();
    recorded.records().forEach(r -> byKey.put(r.key(), r));
    Set<String> matched = new HashSet<>();
    List<MigrationStatus> entries = new ArrayList<>();
    List<Migration> inDatabase = new ArrayList<>();
    int lastInDatabase = -1;
    for (int i = 0; i < files.size(); i++) {
      Migration m = files.get(i);
      String key = MigrationKeys.of(m);
      Optional<AppliedRecord> rec = Optional.ofNullable(byKey.get(key));
      rec.ifPresent(r -> matched.add(key));
      MigrationStatus s = rec.isPresent() ? recordedState(m, rec.get(), bytes) : unrecorded(m, key, recorded);
      entries.add(s);
      if (s.state().inDatabase()) {
        inDatabase.add(m);
        lastInDatabase = i;
      }
    }
    markOutOfOrder(entries, lastInDatabase);
    for (AppliedRecord r : recorded.records()) {
      if (!matched.contains(r.key()) && (r.outcome() == Outcome.APPLIED || r.outcome() == Outcome.FAILED)) {
        String what = r.outcome() == Outcome.FAILED ? "recorded as failed" : "recorded as applied";
        entries.add(new MigrationStatus(r.label(), Optional.empty(), State.MISSING_FILE,
            Optional.of(what + " in " + recorded.table().orElse("the bookkeeping table")
                + ", but no migration file of the history has this " + (isNamed(files) ? "name" : "version"))));
      }
    }
    return new HistoryStatus(entries, inDatabase);
  }

  private static boolean isNamed(List<Migration> files) {
    return !files.isEmpty() && files.get(0).tool() == Tool.PRISMA;
  }

  private static MigrationStatus recordedState(Migration m, AppliedRecord r, Function<Migration, byte[]> bytes) {
    if (r.outcome() == Outcome.FAILED) {
      return entry(m, State.FAILED, Optional.of(r.detail().map(HistoryStatus::firstLine)
          .orElse("the tool recorded a failed attempt; resolve it before the next deploy")));
    }
    if (r.outcome() == Outcome.ROLLED_BACK) {
      return entry(m, State.ROLLED_BACK, Optional.of("a failed attempt was marked rolled back; the next deploy applies it again"));
    }
    if (r.outcome() == Outcome.BASELINE) {
      return entry(m, State.BELOW_BASELINE, Optional.of("the baseline version"));
    }
    if (r.checksum().isPresent()) {
      byte[] now = bytes.apply(m);
      if (!FileChecksum.matches(m.tool(), now, r.checksum().get())) {
        String detail = "applied with checksum " + shorten(r.checksum().get()) + ", the file's is now "
            + FileChecksum.of(m.tool(), now).map(HistoryStatus::shorten).orElse("?");
        if (MigrationKeys.isRepeatable(m)) {
          return entry(m, State.PENDING, Optional.of(detail + ": Flyway runs a changed repeatable again"));
        }
        return entry(m, State.CHANGED, Optional.of(detail));
      }
    }
    return entry(m, State.APPLIED, Optional.empty());
  }

  private static MigrationStatus unrecorded(Migration m, String key, Recorded recorded) {
    for (AppliedRecord r : recorded.records()) {
      if (r.outcome() == Outcome.BASELINE && !MigrationKeys.isRepeatable(m)
          && MigrationKeys.compareFlyway(key, r.key()) <= 0) {
        return entry(m, State.BELOW_BASELINE, Optional.of("at or below the baseline version " + r.label()));
      }
      if (recorded.cumulative() && r.outcome() != Outcome.ROLLED_BACK && isLower(key, r.key())) {
        return entry(m, State.APPLIED, Optional.empty());
      }
    }
    return entry(m, State.PENDING, Optional.empty());
  }

  /** Pending migrations older than an applied one: most tools refuse or skip them by default. */
  private static void markOutOfOrder(List<MigrationStatus> entries, int lastInDatabase) {
    for (int i = 0; i < lastInDatabase; i++) {
      MigrationStatus s = entries.get(i);
      if (s.state() == State.PENDING && s.detail().isEmpty()) {
        entries.set(i, new MigrationStatus(s.name(), s.file(), s.state(), Optional.of(
            "older than a migration already applied: Flyway, goose and golang-migrate skip or refuse it by default")));
      }
    }
  }

  private static boolean isLower(String a, String b) {
    try {
      return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b)) < 0;
    } catch (NumberFormatException e) {
      return a.compareTo(b) < 0;
    }
  }

  private static MigrationStatus entry(Migration m, State state, Optional<String> detail) {
    return new MigrationStatus(m.name(), Optional.of(m.file().path()), state, detail);
  }

  private static String shorten(String checksum) {
    return checksum.length() > 16 ? checksum.substring(0, 12) + "…" : checksum;
  }

  private static String firstLine(String text) {
    String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).strip();
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }
}
