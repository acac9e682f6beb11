package org.mekong.core.casework;

import java.util.UUID;

/** The identifier of a case on the node that holds it. */
public record CaseId(UUID value) {

  public CaseId {
    java.util.Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
