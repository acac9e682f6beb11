package org.mekong.core.stix;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of a casework record as it travels: its type and id, originator, timestamps, version
 * number, the partner agencies it is addressed to, the legal basis of a person's disclosure, and
 * the record itself in the API's JSON form (camelCase keys), or no record when it is withdrawn.
 *
 * @param audience the agencies that may read this version, never empty
 * @param basis what a person's disclosure rests on ({@code consent} or {@code override: <basis>})
 * @param withdrawn the record is withdrawn: the recipient deletes what it holds of it
 */
public record CaseworkObject(
    CaseworkStixType type,
    UUID id,
    AgencyId originator,
    Instant created,
    Instant modified,
    int version,
    Set<AgencyId> audience,
    @Nullable String basis,
    boolean withdrawn,
    ObjectNode record) {

  public CaseworkObject {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(originator, "originator");
    requireNonNull(created, "created");
    requireNonNull(modified, "modified");
    requireNonNull(record, "record");
    audience = Set.copyOf(audience);
    if (audience.isEmpty()) {
      throw new IllegalArgumentException("a casework version is addressed to at least one agency");
    }
    if (version < 1) {
      throw new IllegalArgumentException("a version number is 1 or more, not " + version);
    }
    if (modified.isBefore(created)) {
      throw new IllegalArgumentException("modified " + modified + " is before created " + created);
    }
    if (withdrawn && !record.isEmpty()) {
      throw new IllegalArgumentException("a withdrawal carries no record");
    }
    if (basis != null && (basis.isBlank() || basis.length() > 520)) {
      throw new IllegalArgumentException("a disclosure basis is 1-520 characters");
    }
  }

  /** The STIX id, e.g. {@code mekong-person--<uuid>}. */
  public String stixId() {
    return type.stixId(id);
  }
}
