package dev.strata.model.sql.dml;

import java.util.List;

/**
 * Every table and column reference found in a statement, in source order, and the resolution
 * problems. When parsing failed, {@code references} is empty and {@code problems} holds exactly one
 * {@link Problem.Kind#PARSE_FAILED}.
 */
public record DmlResult(List<Reference> references, List<Problem> problems) {
  public DmlResult {
    references = List.copyOf(references);
    problems = List.copyOf(problems);
  }

  public boolean parsed() {
    return problems.stream().noneMatch(p -> p.kind() == Problem.Kind.PARSE_FAILED);
  }
}
