package dev.strata.model.fuzz;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationReader;
import dev.strata.model.migration.ReadMigration;
import dev.strata.model.migration.Tool;
import dev.strata.model.prisma.PrismaSchema;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Splitter;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.dml.DmlResolver;
import dev.strata.model.sql.dml.DmlResult;
import dev.strata.model.sql.dml.Problem;
import dev.strata.model.sql.dml.RelationLookup;
import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every entry point of the model on one hostile input and checks the properties the fuzz
 * campaign demands: nothing throws (a ParseError or a diagnostic is the answer to bad input) and
 * every range the model reports lies inside the text it was given. A violation is returned as a
 * {@link Violation} naming the stage, never thrown, so a campaign can count and list them.
 */
final class FuzzTargets {
  private static final FileId FILE = new FileId("fuzz/migration.sql");
  private static final FileId PRISMA = new FileId("fuzz/schema.prisma");

  private FuzzTargets() {}

  /** What went wrong in which stage; {@code input} is kept so a crash can become a regression fixture. */
  record Violation(String stage, String problem, Throwable error) {
    @Override
    public String toString() {
      return stage + ": " + problem;
    }
  }

  /**
   * The violations found on one input, and how long the stage a user waits for took: the whole
   * Analysis for SQL (it lexes, splits, parses and resolves again itself), the parse for Prisma.
   */
  record Run(List<Violation> violations, long userNanos) {}

  /** Lexer, Splitter, SqlParser, the DML resolver on every statement, and a whole Analysis. */
  static Run sql(String text) {
    List<Violation> out = new ArrayList<>();
    stage(out, "lexer", () -> tokens(text));
    stage(out, "splitter", () -> statements(text));
    stage(out, "parser", () -> parsed(text));
    stage(out, "dml", () -> dml(text));
    long t0 = System.nanoTime();
    stage(out, "analysis", () -> analysis(text));
    return new Run(out, System.nanoTime() - t0);
  }

  /** PrismaSchema.parse on one file. */
  static Run prisma(String text) {
    List<Violation> out = new ArrayList<>();
    long t0 = System.nanoTime();
    stage(out, "prisma", () -> {
      List<String> bad = new ArrayList<>();
      for (Diagnostic d : PrismaSchema.parse(PRISMA, text).problems()) {
        checkRange(bad, "prisma diagnostic " + d.code().id(), d.range().range(), text.length());
      }
      return bad;
    });
    return new Run(out, System.nanoTime() - t0);
  }

  private interface Stage {
    List<String> run();
  }

  private static void stage(List<Violation> out, String name, Stage stage) {
    try {
      for (String problem : stage.run()) {
        out.add(new Violation(name, problem, null));
      }
    } catch (Throwable t) {
      out.add(new Violation(name, "threw " + t, t));
    }
  }

  private static List<String> tokens(String text) {
    List<String> bad = new ArrayList<>();
    int previousEnd = 0;
    for (Token t : Lexer.lex(text)) {
      checkRange(bad, "token " + t.kind(), new TextRange(t.start(), t.end()), text.length());
      if (t.start() < previousEnd) {
        bad.add("token " + t.kind() + " at " + t.start() + " overlaps the previous one ending at " + previousEnd);
      }
      previousEnd = t.end();
    }
    return bad;
  }

  private static List<String> statements(String text) {
    List<String> bad = new ArrayList<>();
    for (RawStatement raw : Splitter.split(text)) {
      checkRange(bad, "statement", raw.range(), text.length());
    }
    return bad;
  }

  private static List<String> parsed(String text) {
    List<String> bad = new ArrayList<>();
    for (ParsedStatement p : SqlParser.parse(text)) {
      checkRange(bad, "raw statement", p.raw().range(), text.length());
      if (p.statement() instanceof Statement.ParseError e) {
        checkRange(bad, "parse error", e.at(), text.length());
        if (e.message().startsWith("internal parser error")) {
          bad.add(e.message());
        }
      }
    }
    return bad;
  }

  private static List<String> dml(String text) {
    List<String> bad = new ArrayList<>();
    for (RawStatement raw : Splitter.split(text)) {
      DmlResult r = DmlResolver.check(text, raw.range(), RelationLookup.permissive());
      for (Problem p : r.problems()) {
        checkRange(bad, "dml problem " + p.kind(), p.range(), text.length());
      }
    }
    return bad;
  }

  private static List<String> analysis(String text) {
    List<String> bad = new ArrayList<>();
    ReadMigration read = MigrationReader.read(FILE, "20240101000000_fuzz", "20240101000000", Tool.PRISMA, text);
    Migration m = read.migration();
    for (Diagnostic d : read.problems()) {
      checkRange(bad, "reader diagnostic " + d.code().id(), d.range().range(), text.length());
    }
    for (Diagnostic d : Analysis.of(List.of(m)).diagnostics()) {
      checkRange(bad, "diagnostic " + d.code().id(), d.range().range(), text.length());
      if (!d.range().file().equals(FILE)) {
        bad.add("diagnostic " + d.code().id() + " names file " + d.range().file());
      }
    }
    return bad;
  }

  private static void checkRange(List<String> bad, String what, TextRange r, int length) {
    if (r.start() < 0 || r.end() < r.start() || r.end() > length) {
      bad.add(what + " range " + r + " outside [0, " + length + "]");
    }
  }
}
