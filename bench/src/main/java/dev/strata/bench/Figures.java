package dev.strata.bench;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.Migration;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The in-process figures {@code bench/run.sh} tabulates, printed as {@code figure <name> <value>}
 * lines: warm throughput, edit latencies (p50/p95), heap retained by every snapshot of
 * trigger.dev, and the scaling series over generated histories.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.strata.bench.Figures [trigger] [scale N...]}
 */
public final class Figures {
  private Figures() {}

  public static void main(String[] args) {
    List<String> a = Arrays.asList(args);
    if (a.isEmpty() || a.contains("trigger")) {
      trigger();
    }
    int s = a.indexOf("scale");
    if (s >= 0) {
      for (String n : a.subList(s + 1, a.size())) {
        scale(Integer.parseInt(n));
      }
    }
  }

  private static void trigger() {
    List<Migration> history = Histories.trigger();
    Analysis first = Analysis.of(history);
    int statements = first.statementCount();
    long deadline = System.nanoTime() + 8_000_000_000L;
    List<Double> rates = new ArrayList<>();
    List<Double> cpuRates = new ArrayList<>();
    while (System.nanoTime() < deadline || rates.size() < 5) {
      long t0 = System.nanoTime();
      long c0 = processCpu();
      Analysis.of(history);
      rates.add(statements / ((System.nanoTime() - t0) / 1e9));
      cpuRates.add(statements / ((processCpu() - c0) / 1e9));
    }
    print("statements", statements);
    print("throughput_stmts_per_s", median(rates.subList(rates.size() / 2, rates.size())));
    print("throughput_cpu_stmts_per_s", median(cpuRates.subList(cpuRates.size() / 2, cpuRates.size())));
    Analysis base = Analysis.of(history);
    Edits e = Edits.of(history);
    latency("edit_schema", base, e, e.schemaChange());
    latency("edit_comment", base, e, e.commentOnly());
    latency("edit_dml", base, e, e.dmlOnly());
    print("retained_heap_mb", retainedMb(history));
  }

  private static void latency(String name, Analysis base, Edits e, String text) {
    for (int i = 0; i < 50; i++) {
      base.withText(e.file(), text);
    }
    double[] ms = new double[300];
    double[] cpu = new double[ms.length];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      base.withText(e.file(), text);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    print(name + "_p50_ms", ms[ms.length / 2]);
    print(name + "_p95_ms", ms[(int) (ms.length * 0.95)]);
    print(name + "_cpu_p95_ms", cpu[(int) (cpu.length * 0.95)]);
  }

  /** Heap held by one full analysis (every statement's before/after catalog) after a full GC. */
  private static double retainedMb(List<Migration> history) {
    long before = usedAfterGc();
    Analysis kept = Analysis.of(history);
    long after = usedAfterGc();
    if (kept.statementCount() < 0) {
      throw new AssertionError();
    }
    return (after - before) / (1024.0 * 1024.0);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void scale(int n) {
    List<Migration> history = HistoryGenerator.generate(n);
    List<Migration> warm = HistoryGenerator.generate(Math.min(n, 2000));
    for (int i = 0; i < 3; i++) {
      Analysis.of(warm);
    }
    long t0 = System.nanoTime();
    long c0 = processCpu();
    Analysis a = Analysis.of(history);
    double ms = (System.nanoTime() - t0) / 1e6;
    print("scale_" + n + "_cpu_ms", (processCpu() - c0) / 1e6);
    long heap = usedAfterGc();
    print("scale_" + n + "_statements", a.statementCount());
    print("scale_" + n + "_ms", ms);
    print("scale_" + n + "_us_per_stmt", ms * 1000 / a.statementCount());
    print("scale_" + n + "_heap_mb", heap / (1024.0 * 1024.0));
  }

  /** CPU time of the whole process (every thread, JIT and GC included), in nanoseconds. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(List<Double> xs) {
    double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v[v.length / 2];
  }

  private static void print(String name, double value) {
    System.out.println(String.format(Locale.ROOT, "figure %s %.2f", name, value));
  }
}
