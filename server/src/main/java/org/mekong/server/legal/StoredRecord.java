package org.mekong.server.legal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;
import org.mekong.core.sharing.SharedObject;
import org.mekong.server.sharing.NodeAccess;
import tools.jackson.databind.JsonNode;

/**
 * A legal record as stored: its envelope (who, when, which version, marking, categories), its JSON
 * body, and for a record received from a partner where it came from.
 *
 * @param provenance null for this node's own records
 * @param receivedBy the local agencies that received it from partners; empty for own records
 */
record StoredRecord(
    UUID id,
    LegalKind kind,
    AgencyId originator,
    Instant created,
    Instant modified,
    int version,
    Marking marking,
    Set<Category> categories,
    JsonNode body,
    @Nullable Provenance provenance,
    Set<AgencyId> receivedBy) {

  /**
   * Where a received record came from: its originator's node and the partner it was pulled from.
   */
  record Provenance(String node, String receivedFrom) {}

  StoredRecord {
    categories = Set.copyOf(categories);
    receivedBy = Set.copyOf(receivedBy);
  }

  /** What the sharing rules need to know of it, the local agencies that received it included. */
  SharedObject shared() {
    return NodeAccess.shared(originator, marking, categories, receivedBy);
  }

  /** The next version of this record: a new body, modified at {@code at}. */
  StoredRecord next(JsonNode nextBody, Instant at) {
    return new StoredRecord(
        id,
        kind,
        originator,
        created,
        at,
        version + 1,
        marking,
        categories,
        nextBody,
        provenance,
        receivedBy);
  }
}
