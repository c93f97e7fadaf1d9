package dev.strata.model.sql.parse;

import java.util.Set;

/** PostgreSQL 15 keyword classes (kwlist.h) as far as deciding "is this word a name?" needs them. */
final class Keywords {
  private Keywords() {}

  /**
   * Reserved and type/function-name keywords: never a column or table name unless quoted. All other
   * keywords ({@code type}, {@code key}, {@code position}, {@code action} ...) may name things.
   */
  static final Set<String> NOT_COL_ID = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case",
      "cast", "check", "collate", "column", "constraint", "create", "current_catalog", "current_date",
      "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
      "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from",
      "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit",
      "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing",
      "primary", "references", "returning", "select", "session_user", "some", "symmetric",
      "system_user", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using",
      "variadic", "when", "where", "window", "with",
      "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze",
      "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer",
      "overlaps", "right", "similar", "tablesample", "verbose");

  static boolean isColId(String lowerWord) {
    return !NOT_COL_ID.contains(lowerWord);
  }
}
