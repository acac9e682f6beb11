package org.mekong.core.agency;

import static java.util.Objects.requireNonNull;

/** An agency that takes part in the exchange through a node. */
public record Agency(AgencyId id, String name, CountryCode country, AgencyKind kind) {

  public Agency {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(country, "country");
    if (name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("an agency name is 1-200 characters, not blank");
    }
  }
}
