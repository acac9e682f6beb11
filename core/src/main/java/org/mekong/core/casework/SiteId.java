package org.mekong.core.casework;

import java.util.UUID;

/** The identifier of a site on the node that holds it. */
public record SiteId(UUID value) {

  public SiteId {
    java.util.Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
