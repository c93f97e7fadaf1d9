package dev.strata.model.snapshot;

import java.util.Objects;

/**
 * One disagreement between two snapshots.
 *
 * @param objectPath what differs, from the outside in: {@code table public.users column email},
 *     {@code table public.users index users_email_key}, {@code enum public.Role}
 * @param aspect which property differs ({@code type}, {@code not_null}, {@code default}, ...), or
 *     {@code exists} when the object is on one side only
 * @param modelValue the model's value as text; {@code absent} when the model lacks the object
 * @param postgresValue PostgreSQL's value as text; {@code absent} when PostgreSQL lacks it
 */
public record Difference(String objectPath, String aspect, String modelValue, String postgresValue) {
  public static final String ABSENT = "absent";
  public static final String PRESENT = "present";

  public Difference {
    Objects.requireNonNull(objectPath, "objectPath");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(modelValue, "modelValue");
    Objects.requireNonNull(postgresValue, "postgresValue");
  }

  @Override
  public String toString() {
    return objectPath + " " + aspect + ": model " + modelValue + ", PostgreSQL " + postgresValue;
  }
}
