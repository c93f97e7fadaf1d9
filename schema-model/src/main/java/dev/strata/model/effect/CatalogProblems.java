package dev.strata.model.effect;

import dev.strata.model.diag.Category;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.Optional;

/**
 * Every catalog problem's code and wording, in one place. Messages name the object and end with
 * {@code at this point in history (<migration>)}; {@code help} says what to change.
 */
public final class CatalogProblems {
  public static final DiagnosticCode UNKNOWN_TABLE = DiagnosticCode.catalog("unknown-table", "42P01");
  public static final DiagnosticCode UNKNOWN_COLUMN = DiagnosticCode.catalog("unknown-column", "42703");
  public static final DiagnosticCode UNKNOWN_TYPE = DiagnosticCode.catalog("unknown-type", "42704");
  public static final DiagnosticCode UNKNOWN_CONSTRAINT = DiagnosticCode.catalog("unknown-constraint", "42704");
  public static final DiagnosticCode UNKNOWN_INDEX = DiagnosticCode.catalog("unknown-index", "42704");
  public static final DiagnosticCode UNKNOWN_OBJECT = DiagnosticCode.catalog("unknown-object", "42704");
  public static final DiagnosticCode UNKNOWN_SCHEMA = DiagnosticCode.catalog("unknown-schema", "3F000");
  public static final DiagnosticCode UNKNOWN_FUNCTION = DiagnosticCode.catalog("unknown-function", "42883");
  public static final DiagnosticCode DUPLICATE_TABLE = DiagnosticCode.catalog("duplicate-table", "42P07");
  public static final DiagnosticCode DUPLICATE_COLUMN = DiagnosticCode.catalog("duplicate-column", "42701");
  public static final DiagnosticCode DUPLICATE_OBJECT = DiagnosticCode.catalog("duplicate-object", "42710");
  public static final DiagnosticCode DUPLICATE_SCHEMA = DiagnosticCode.catalog("duplicate-schema", "42P06");
  public static final DiagnosticCode DUPLICATE_FUNCTION = DiagnosticCode.catalog("duplicate-function", "42723");
  public static final DiagnosticCode DUPLICATE_ENUM_LABEL = DiagnosticCode.catalog("duplicate-enum-label", "42710");
  public static final DiagnosticCode MULTIPLE_PRIMARY_KEYS = DiagnosticCode.catalog("multiple-primary-keys", "42P16");
  public static final DiagnosticCode INVALID_TABLE_DEFINITION = DiagnosticCode.catalog("invalid-table-definition",
      "42P16");
  public static final DiagnosticCode TOO_MANY_COLUMNS = DiagnosticCode.catalog("too-many-columns", "54011");
  public static final DiagnosticCode DEPENDENT_OBJECTS = DiagnosticCode.catalog("dependent-objects", "2BP01");
  public static final DiagnosticCode DATATYPE_MISMATCH = DiagnosticCode.catalog("datatype-mismatch", "42804");
  public static final DiagnosticCode INVALID_FOREIGN_KEY = DiagnosticCode.catalog("invalid-foreign-key", "42830");
  public static final DiagnosticCode WRONG_OBJECT_TYPE = DiagnosticCode.catalog("wrong-object-type", "42809");
  public static final DiagnosticCode UNSAFE_NEW_ENUM_VALUE = DiagnosticCode.catalog("unsafe-new-enum-value", "55P04");
  public static final DiagnosticCode INVALID_ENUM_LITERAL = DiagnosticCode.catalog("invalid-enum-literal", "22P02");
  /** IF [NOT] EXISTS made PostgreSQL skip the statement with a NOTICE. */
  public static final DiagnosticCode SKIPPED = new DiagnosticCode("skipped", Category.CATALOG, Severity.INFO,
      Optional.of("00000"));
  public static final DiagnosticCode UNSUPPORTED_STATEMENT = DiagnosticCode.syntax("unsupported-statement",
      Severity.INFO, null);

  private CatalogProblems() {}

  static String when(ApplyContext ctx) {
    return " at this point in history (" + ctx.migration() + ")";
  }

  private static Diagnostic make(DiagnosticCode code, ApplyContext ctx, TextRange at, String fact, String help) {
    Diagnostic d = Diagnostic.of(code, new FileRange(ctx.file(), at), fact + when(ctx));
    return help == null ? d : d.withHelp(help);
  }

  public static Diagnostic unknownTable(ApplyContext ctx, TextRange at, String kind, String name) {
    return make(UNKNOWN_TABLE, ctx, at, kind + " \"" + name + "\" does not exist",
        "Create the " + kind + " in an earlier migration, or fix the name.");
  }

  public static Diagnostic unknownColumn(ApplyContext ctx, TextRange at, String column, String table) {
    return make(UNKNOWN_COLUMN, ctx, at, "column \"" + column + "\" does not exist on table \"" + table + "\"",
        "Add the column in an earlier migration, or use one of the table's columns.");
  }

  public static Diagnostic unknownType(ApplyContext ctx, TextRange at, String name) {
    return make(UNKNOWN_TYPE, ctx, at, "type \"" + name + "\" does not exist",
        "Create the type (or the extension that provides it) before using it.");
  }

  public static Diagnostic unknownConstraint(ApplyContext ctx, TextRange at, String name, String table) {
    return make(UNKNOWN_CONSTRAINT, ctx, at, "constraint \"" + name + "\" of relation \"" + table
        + "\" does not exist", "Use IF EXISTS, or the constraint's actual name.");
  }

  public static Diagnostic unknownIndex(ApplyContext ctx, TextRange at, String name) {
    return make(UNKNOWN_INDEX, ctx, at, "index \"" + name + "\" does not exist",
        "Use IF EXISTS, or the index's actual name.");
  }

  public static Diagnostic unknownObject(ApplyContext ctx, TextRange at, String kind, String name) {
    return make(UNKNOWN_OBJECT, ctx, at, kind + " \"" + name + "\" does not exist",
        "Use IF EXISTS, or create the " + kind + " first.");
  }

  public static Diagnostic unknownSchema(ApplyContext ctx, TextRange at, String name) {
    return make(UNKNOWN_SCHEMA, ctx, at, "schema \"" + name + "\" does not exist",
        "Create the schema first (CREATE SCHEMA).");
  }

  public static Diagnostic unknownFunction(ApplyContext ctx, TextRange at, String signature) {
    return make(UNKNOWN_FUNCTION, ctx, at, "function " + signature + " does not exist",
        "Create the function in an earlier migration, or fix its name and argument types.");
  }

  public static Diagnostic duplicateRelation(ApplyContext ctx, TextRange at, String name) {
    return make(DUPLICATE_TABLE, ctx, at, "relation \"" + name + "\" already exists",
        "Choose another name, or use IF NOT EXISTS.");
  }

  public static Diagnostic duplicateColumn(ApplyContext ctx, TextRange at, String column, String table) {
    return make(DUPLICATE_COLUMN, ctx, at, "column \"" + column + "\" of relation \"" + table + "\" already exists",
        "Choose another column name, or use ADD COLUMN IF NOT EXISTS.");
  }

  /** PostgreSQL's limit on a table's columns (MaxHeapAttributeNumber). */
  public static final int MAX_COLUMNS = 1600;

  public static Diagnostic tooManyColumns(ApplyContext ctx, TextRange at) {
    return make(TOO_MANY_COLUMNS, ctx, at, "tables can have at most " + MAX_COLUMNS + " columns",
        "Split the table, or keep the data in fewer (e.g. jsonb) columns.");
  }

  public static Diagnostic duplicateObject(ApplyContext ctx, TextRange at, String kind, String name) {
    return make(DUPLICATE_OBJECT, ctx, at, kind + " \"" + name + "\" already exists", "Choose another name.");
  }

  public static Diagnostic duplicateSchema(ApplyContext ctx, TextRange at, String name) {
    return make(DUPLICATE_SCHEMA, ctx, at, "schema \"" + name + "\" already exists", "Use IF NOT EXISTS.");
  }

  public static Diagnostic duplicateFunction(ApplyContext ctx, TextRange at, String signature) {
    return make(DUPLICATE_FUNCTION, ctx, at, "function " + signature + " already exists with same argument types",
        "Use CREATE OR REPLACE FUNCTION.");
  }

  public static Diagnostic duplicateEnumLabel(ApplyContext ctx, TextRange at, String label, String type) {
    return make(DUPLICATE_ENUM_LABEL, ctx, at, "enum label \"" + label + "\" already exists in type \"" + type + "\"",
        "Use ADD VALUE IF NOT EXISTS.");
  }

  public static Diagnostic multiplePrimaryKeys(ApplyContext ctx, TextRange at, String table) {
    return make(MULTIPLE_PRIMARY_KEYS, ctx, at, "multiple primary keys for table \"" + table + "\" are not allowed",
        "Drop the existing primary key first.");
  }

  public static Diagnostic columnInPrimaryKey(ApplyContext ctx, TextRange at, String column) {
    return make(INVALID_TABLE_DEFINITION, ctx, at, "column \"" + column + "\" is in a primary key",
        "Drop the primary key first.");
  }

  public static Diagnostic temporaryInPermanentSchema(ApplyContext ctx, TextRange at) {
    return make(INVALID_TABLE_DEFINITION, ctx, at, "cannot create temporary relation in non-temporary schema",
        "Leave the temporary table's name unqualified (or qualify it with pg_temp).");
  }

  public static Diagnostic onCommitWithoutTemporary(ApplyContext ctx, TextRange at) {
    return make(INVALID_TABLE_DEFINITION, ctx, at, "ON COMMIT can only be used on temporary tables",
        "Add TEMP to the CREATE TABLE, or drop the ON COMMIT clause.");
  }

  public static Diagnostic dependentObjects(ApplyContext ctx, TextRange at, String object, String dependent) {
    return make(DEPENDENT_OBJECTS, ctx, at, "cannot drop " + object + " because " + dependent + " depends on it",
        "Drop the dependent objects first, or use CASCADE.");
  }

  public static Diagnostic cannotCast(ApplyContext ctx, TextRange at, String column, String type) {
    return make(DATATYPE_MISMATCH, ctx, at, "column \"" + column + "\" cannot be cast automatically to type " + type,
        "Add USING " + column + "::" + type + " (or another conversion expression).");
  }

  public static Diagnostic incompatibleForeignKey(ApplyContext ctx, TextRange at, String constraint, String col,
      String type, String refCol, String refType) {
    return make(DATATYPE_MISMATCH, ctx, at, "foreign key constraint \"" + constraint + "\" cannot be implemented: "
        + "key columns \"" + col + "\" and \"" + refCol + "\" are of incompatible types: " + type + " and " + refType,
        "Give both columns the same type.");
  }

  public static Diagnostic noUniqueForForeignKey(ApplyContext ctx, TextRange at, String table) {
    return make(INVALID_FOREIGN_KEY, ctx, at, "there is no unique constraint matching given keys for referenced "
        + "table \"" + table + "\"", "Reference the primary key, or add a unique constraint on the referenced columns.");
  }

  public static Diagnostic wrongObjectType(ApplyContext ctx, TextRange at, String name, String expected) {
    return make(WRONG_OBJECT_TYPE, ctx, at, "\"" + name + "\" is not " + expected, "Use the statement for its kind.");
  }

  public static Diagnostic unsafeNewEnumValue(ApplyContext ctx, TextRange at, String label, String type) {
    return make(UNSAFE_NEW_ENUM_VALUE, ctx, at, "unsafe use of new value \"" + label + "\" of enum type " + type,
        "New enum values must be committed before they can be used: move this statement to a later migration.");
  }

  public static Diagnostic invalidEnumLiteral(ApplyContext ctx, TextRange at, String label, String type) {
    return make(INVALID_ENUM_LITERAL, ctx, at, "invalid input value for enum " + type + ": \"" + label + "\"",
        "Use one of the enum's labels, or add this label first.");
  }

  public static Diagnostic skipped(ApplyContext ctx, TextRange at, String kind, String name, boolean exists) {
    String fact = kind + " \"" + name + "\" " + (exists ? "already exists" : "does not exist") + ", skipping";
    return make(SKIPPED, ctx, at, fact, null);
  }

  public static Diagnostic unsupported(ApplyContext ctx, TextRange at, String kind) {
    return Diagnostic.of(UNSUPPORTED_STATEMENT, new FileRange(ctx.file(), at),
        kind + " is not modelled: its effect on the schema is ignored");
  }
}
