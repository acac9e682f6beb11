package org.mekong.core.stix;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of a legal record as it travels: its type and id, originator, timestamps, version
 * number, marking and categories, and the record itself in the API's JSON form (camelCase keys).
 *
 * @param version 1 for the first version, one more for each later one
 * @param record the record's properties as the legal API writes them
 */
public record LegalObject(
    LegalStixType type,
    UUID id,
    AgencyId originator,
    Instant created,
    Instant modified,
    int version,
    Marking marking,
    Set<Category> categories,
    ObjectNode record) {

  public LegalObject {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(originator, "originator");
    requireNonNull(created, "created");
    requireNonNull(modified, "modified");
    requireNonNull(marking, "marking");
    requireNonNull(record, "record");
    categories = Set.copyOf(categories);
    if (version < 1) {
      throw new IllegalArgumentException("a version number is 1 or more, not " + version);
    }
    if (modified.isBefore(created)) {
      throw new IllegalArgumentException("modified " + modified + " is before created " + created);
    }
  }

  /** The STIX id, e.g. {@code mekong-entry-ban--<uuid>}. */
  public String stixId() {
    return type.stixId(id);
  }
}
