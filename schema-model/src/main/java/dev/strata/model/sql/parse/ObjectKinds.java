package dev.strata.model.sql.parse;

import dev.strata.model.sql.ast.ObjectKind;

/** Reads the object-kind words after DROP, ALTER and COMMENT ON. */
final class ObjectKinds {
  private ObjectKinds() {}

  /** Consumes and returns the kind at the cursor, or returns null (consuming nothing) if it is none of ours. */
  static ObjectKind read(TokenCursor c) {
    if (c.acceptWords("materialized", "view")) {
      return ObjectKind.MATERIALIZED_VIEW;
    }
    ObjectKind kind = switch (c.word()) {
      case "table" -> ObjectKind.TABLE;
      case "view" -> ObjectKind.VIEW;
      case "index" -> ObjectKind.INDEX;
      case "sequence" -> ObjectKind.SEQUENCE;
      case "type" -> ObjectKind.TYPE;
      case "domain" -> ObjectKind.DOMAIN;
      case "schema" -> ObjectKind.SCHEMA;
      case "extension" -> ObjectKind.EXTENSION;
      case "function" -> ObjectKind.FUNCTION;
      case "procedure" -> ObjectKind.PROCEDURE;
      case "aggregate" -> ObjectKind.AGGREGATE;
      case "trigger" -> ObjectKind.TRIGGER;
      case "policy" -> ObjectKind.POLICY;
      case "rule" -> ObjectKind.RULE;
      case "column" -> ObjectKind.COLUMN;
      case "constraint" -> ObjectKind.CONSTRAINT;
      default -> null;
    };
    if (kind != null) {
      c.pos++;
    }
    return kind;
  }
}
