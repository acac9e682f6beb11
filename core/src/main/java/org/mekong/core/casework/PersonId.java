package org.mekong.core.casework;

import java.util.UUID;

/** The identifier of a person record on the node that holds it. */
public record PersonId(UUID value) {

  public PersonId {
    java.util.Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
