package dev.strata.model.snapshot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user-visible schema of one database at one point: what {@code pg_catalog} says after a
 * migration, or what the model's catalog says at the same point.
 *
 * <p>Keys of {@code tables}, {@code enums}, {@code sequences} and {@code views} are
 * {@code schema.name} with both parts unquoted ({@code public.User}). Enum labels are in their
 * sort order. Objects that belong to an extension are not part of a snapshot, nor are the system
 * schemas {@code pg_catalog}, {@code information_schema} and {@code pg_toast}. Every map is
 * copied into an unmodifiable map sorted by key, whatever map it is given.
 */
public record SchemaSnapshot(
    List<String> schemas,
    Map<String, ExtensionSnapshot> extensions,
    Map<String, TableSnapshot> tables,
    Map<String, List<String>> enums,
    Map<String, SequenceSnapshot> sequences,
    Map<String, ViewSnapshot> views) {

  public static final SchemaSnapshot EMPTY =
      new SchemaSnapshot(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  public SchemaSnapshot {
    schemas = schemas.stream().sorted().distinct().toList();
    extensions = Sorted.map(extensions);
    tables = Sorted.map(tables);
    TreeMap<String, List<String>> labels = new TreeMap<>();
    enums.forEach((k, v) -> labels.put(k, List.copyOf(v)));
    enums = Sorted.map(labels);
    sequences = Sorted.map(sequences);
    views = Sorted.map(views);
  }
}
