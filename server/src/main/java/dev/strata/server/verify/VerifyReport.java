package dev.strata.server.verify;

import java.util.List;

/** The outcome of {@code strata verify} over every migration root of a project. */
public record VerifyReport(List<RootVerification> roots, double seconds) {
  public VerifyReport {
    roots = List.copyOf(roots);
  }

  /** True when every root agrees: same schema after every migration, same verdict on each. */
  public boolean agrees() {
    return roots.stream().allMatch(RootVerification::agrees);
  }

  public int objectsCompared() {
    return roots.stream().mapToInt(r -> r.finalComparison().objectsCompared()).sum();
  }

  public int objectsAgreeing() {
    return roots.stream().mapToInt(r -> r.finalComparison().objectsAgreeing()).sum();
  }

  public int migrationsReplayed() {
    return roots.stream().mapToInt(RootVerification::migrationsReplayed).sum();
  }
}
