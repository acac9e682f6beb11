package org.mekong.server.legal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;
import org.mekong.core.sharing.SharedObject;
import tools.jackson.databind.JsonNode;

/** A legal record as stored: its envelope (who, when, marking, categories) and its JSON body. */
record StoredRecord(
    UUID id,
    LegalKind kind,
    AgencyId originator,
    Instant created,
    Instant modified,
    Marking marking,
    Set<Category> categories,
    JsonNode body) {

  /** What the sharing rules need to know of it. */
  SharedObject shared() {
    return new SharedObject(originator, marking, categories);
  }
}
