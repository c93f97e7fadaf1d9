/**
 * Benchmarks: JMH benchmarks of the analysis ({@link dev.strata.bench.AnalysisBench}), the figures
 * {@code bench/run.sh} prints ({@link dev.strata.bench.Figures}) and the generated histories of the
 * scaling series ({@link dev.strata.bench.HistoryGenerator}). Nothing here runs under {@code mvn test}.
 */
package dev.strata.bench;
