package dev.strata.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Splitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Corpus files cut short, as an editor sees them while a migration is typed or a file is half
 * written: at every statement boundary (each statement's start and end, and one character either
 * side) and at random points. Files are a seeded sample of the corpus.
 */
class TruncationTest {
  private static final long SEED = 4242L;
  private static final int FILES = 40;
  private static final int RANDOM_CUTS = 10;

  @Test
  void everyPrefixOfACorpusFileIsAnalysedWithoutCrashing() {
    List<String> corpus = FuzzCorpus.sql().stream().filter(t -> t.length() < 20_000 && t.length() > 200).toList();
    Random random = new Random(SEED);
    CampaignStats stats = new CampaignStats("corpus files truncated at statement boundaries", "Analysis");
    List<String> crashes = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      String text = corpus.get(random.nextInt(corpus.size()));
      for (int cut : cuts(text, random)) {
        String prefix = text.substring(0, cut);
        FuzzTargets.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
          long t0 = System.nanoTime();
          FuzzTargets.Run r = FuzzTargets.sql(prefix);
          stats.record(prefix.length(), System.nanoTime() - t0, r);
          return r;
        });
        run.violations().forEach(v -> crashes.add("cut at " + cut + ": " + v));
      }
    }
    System.out.println(stats.line());
    assertEquals(List.of(), crashes);
  }

  private static TreeSet<Integer> cuts(String text, Random random) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (RawStatement s : Splitter.split(text)) {
      for (int at : new int[] {s.range().start(), s.range().end()}) {
        for (int d = -1; d <= 1; d++) {
          cuts.add(Math.max(0, Math.min(text.length(), at + d)));
        }
      }
    }
    for (int i = 0; i < RANDOM_CUTS; i++) {
      cuts.add(random.nextInt(text.length() + 1));
    }
    return cuts;
  }
}
