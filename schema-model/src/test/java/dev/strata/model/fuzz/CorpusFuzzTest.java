package dev.strata.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The seeded fuzz campaign over mutated corpus files (char and byte flips, deletions,
 * duplications, splices of two files, truncations, hostile fragments). Every input goes through the
 * lexer, splitter, parser, DML resolver and a whole Analysis (SQL) or PrismaSchema.parse (Prisma);
 * none may throw or report a range outside its file. The seed and the try counts are fixed, so a
 * failure reproduces and the campaign stays well under a minute in CI. A case that takes 30 s
 * fails as a hang; the time per 100 KB is printed, not asserted.
 */
class CorpusFuzzTest {
  private static final Duration HANG = Duration.ofSeconds(30);
  private static CampaignStats sqlStats;
  private static CampaignStats prismaStats;

  /**
   * Warms the JIT and JSqlParser's parser tables on the first corpus files, so that the reported
   * worst time per 100 KB measures the code, not class loading; the warm-up is not counted.
   */
  @BeforeContainer
  static void start() {
    FuzzCorpus.sql().stream().limit(5).forEach(FuzzTargets::sql);
    FuzzCorpus.prisma().forEach(FuzzTargets::prisma);
    sqlStats = new CampaignStats("mutated corpus SQL", "Analysis");
    prismaStats = new CampaignStats("mutated corpus Prisma", "PrismaSchema.parse");
  }

  @AfterContainer
  static void report() {
    System.out.println(sqlStats.line());
    System.out.println(prismaStats.line());
  }

  @Property(tries = 1000, seed = "8008", edgeCases = EdgeCasesMode.MIXIN)
  void mutatedSqlNeverCrashesTheModel(@ForAll("sqlMutations") Mutation mutation) {
    String input = mutation.apply(FuzzCorpus.sql());
    run(sqlStats, input, FuzzTargets::sql);
  }

  @Property(tries = 600, seed = "8009", edgeCases = EdgeCasesMode.MIXIN)
  void mutatedPrismaNeverCrashesTheParser(@ForAll("prismaMutations") Mutation mutation) {
    String input = mutation.apply(FuzzCorpus.prisma());
    run(prismaStats, input, FuzzTargets::prisma);
  }

  static void run(CampaignStats stats, String input, Function<String, FuzzTargets.Run> targets) {
    List<FuzzTargets.Violation> violations = assertTimeoutPreemptively(HANG, () -> {
      long t0 = System.nanoTime();
      FuzzTargets.Run found = targets.apply(input);
      stats.record(input.length(), System.nanoTime() - t0, found);
      return found.violations();
    });
    if (!violations.isEmpty()) {
      Throwable cause = violations.stream().map(FuzzTargets.Violation::error).filter(e -> e != null).findFirst().orElse(null);
      throw new AssertionError(violations + " on input of " + input.length() + " chars: "
          + abbreviate(input), cause);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  @Provide
  Arbitrary<Mutation> sqlMutations() {
    return mutations(FuzzCorpus.sql().size(), 4_000);
  }

  @Provide
  Arbitrary<Mutation> prismaMutations() {
    return mutations(FuzzCorpus.prisma().size(), 400);
  }

  private static Arbitrary<Mutation> mutations(int files, int maxLength) {
    return Combinators.combine(
            Arbitraries.of(Mutation.Kind.class),
            Arbitraries.integers().between(0, files - 1),
            Arbitraries.integers().between(0, files - 1),
            Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.integers().between(0, maxLength),
            Arbitraries.integers().between(0, 1_000))
        .as(Mutation::new);
  }
}
