package dev.strata.bench;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.Migration;
import dev.strata.model.text.FileId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process figures on trigger.dev: a full analysis from scratch (parse + apply + check, every
 * snapshot kept) and the three kinds of edit to migration 400 through {@link Analysis#withText}.
 * Each edit starts from the same base analysis, so every invocation does the same work.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnalysisBench {
  private List<Migration> history;
  private Analysis base;
  private FileId edited;
  private String schemaEdit;
  private String commentEdit;
  private String dmlEdit;

  @Setup(Level.Trial)
  public void setUp() {
    history = Histories.trigger();
    base = Analysis.of(history);
    Edits edits = Edits.of(history);
    edited = edits.file();
    schemaEdit = edits.schemaChange();
    commentEdit = edits.commentOnly();
    dmlEdit = edits.dmlOnly();
  }

  /** Statements per second = 2,309 × this figure. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Analysis fullAnalysis() {
    return Analysis.of(history);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Analysis editChangesSchema() {
    return base.withText(edited, schemaEdit);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Analysis editCommentOnly() {
    return base.withText(edited, commentEdit);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Analysis editDmlOnly() {
    return base.withText(edited, dmlEdit);
  }
}
