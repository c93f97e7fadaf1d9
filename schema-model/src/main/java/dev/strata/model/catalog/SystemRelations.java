package dev.strata.model.catalog;

import java.util.Optional;
import java.util.Set;

/**
 * The relations of PostgreSQL's own catalogs ({@code pg_catalog}) and of {@code information_schema}
 * that migrations query, typically in guards such as {@code IF NOT EXISTS (SELECT 1 FROM pg_type
 * WHERE typname = 'x')}. They always exist; their columns are not modelled, so references to them
 * never yield column errors.
 *
 * <p>Name lookup follows PostgreSQL: {@code pg_catalog} is searched before the search path when it
 * is not listed in it, so an unqualified {@code pg_class} is the system catalog even when a user
 * table of that name exists; {@code information_schema} is not on the path and must be written.
 */
public final class SystemRelations {
  public static final Name INFORMATION_SCHEMA = Name.of("information_schema");

  private static final Set<String> PG_CATALOG = Set.of(
      "pg_class", "pg_type", "pg_inherits", "pg_namespace", "pg_attribute", "pg_constraint", "pg_index",
      "pg_indexes", "pg_tables", "pg_views", "pg_matviews", "pg_enum", "pg_proc", "pg_trigger", "pg_depend",
      "pg_description", "pg_extension", "pg_sequence", "pg_sequences", "pg_attrdef", "pg_am", "pg_roles",
      "pg_user", "pg_database", "pg_settings", "pg_stat_activity", "pg_locks", "pg_policy", "pg_policies",
      "pg_partitioned_table", "pg_stat_user_tables", "pg_statio_user_tables", "pg_stat_all_tables",
      "pg_publication", "pg_publication_tables", "pg_event_trigger", "pg_collation", "pg_operator", "pg_opclass",
      "pg_cast", "pg_language", "pg_authid", "pg_auth_members", "pg_rewrite", "pg_tablespace", "pg_timezone_names",
      "pg_available_extensions", "pg_stat_user_indexes", "pg_stat_statements", "pg_shdepend");

  private SystemRelations() {}

  /**
   * The system relation a possibly-qualified name refers to, or empty when it names none. Any name in
   * {@code information_schema} is accepted (we do not list its views); in {@code pg_catalog} only
   * the listed ones.
   */
  public static Optional<QName> resolve(Optional<Name> schema, Name name) {
    if (schema.isPresent()) {
      if (schema.get().equals(INFORMATION_SCHEMA)) {
        return Optional.of(new QName(INFORMATION_SCHEMA, name));
      }
      if (schema.get().equals(QName.PG_CATALOG) && PG_CATALOG.contains(name.value())) {
        return Optional.of(new QName(QName.PG_CATALOG, name));
      }
      return Optional.empty();
    }
    return PG_CATALOG.contains(name.value()) ? Optional.of(new QName(QName.PG_CATALOG, name)) : Optional.empty();
  }
}
