package org.mekong.server.legal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A legal record as the API shows it: its envelope, where it stands today, and the record; for a
 * record received from a partner, where it came from.
 *
 * @param version 1 for the record as written, one more for each change
 * @param provenance absent for this node's own records
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordView(
    String id,
    String type,
    String originator,
    Instant created,
    Instant modified,
    int version,
    LegalJson.MarkingJson marking,
    List<String> categories,
    String standing,
    JsonNode record,
    @Nullable ProvenanceView provenance) {

  /** The originator's node and the partner the record was pulled from. */
  record ProvenanceView(String node, String receivedFrom) {}
}
