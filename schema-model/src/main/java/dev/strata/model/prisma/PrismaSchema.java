package dev.strata.model.prisma;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Prisma schema, possibly read from several files ({@code prisma/schema/*.prisma}) together.
 * Parsing never throws: what could not be read is in {@code problems}, each with its range, and the
 * blocks around it are still there.
 */
public record PrismaSchema(
    List<PrismaModel> models, List<PrismaEnum> enums, Optional<PrismaDatasource> datasource,
    List<Diagnostic> problems) {

  /** Syntax errors in a schema file. */
  public static final DiagnosticCode SYNTAX = DiagnosticCode.syntax("prisma-syntax", Severity.ERROR, null);

  public PrismaSchema {
    models = List.copyOf(models);
    enums = List.copyOf(enums);
    problems = List.copyOf(problems);
  }

  /** One schema file's path and text. */
  public record Source(FileId file, String text) {}

  public static PrismaSchema parse(FileId file, String text) {
    return PrismaParser.parse(file, text);
  }

  /** All files read as one schema, as Prisma does for a {@code schema} folder. */
  public static PrismaSchema parse(List<Source> sources) {
    List<PrismaModel> models = new ArrayList<>();
    List<PrismaEnum> enums = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    Optional<PrismaDatasource> ds = Optional.empty();
    for (Source s : sources) {
      PrismaSchema one = PrismaParser.parse(s.file(), s.text());
      models.addAll(one.models());
      enums.addAll(one.enums());
      problems.addAll(one.problems());
      if (ds.isEmpty()) {
        ds = one.datasource();
      }
    }
    return new PrismaSchema(models, enums, ds, problems);
  }

  public Optional<PrismaModel> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Optional<PrismaEnum> enumNamed(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
