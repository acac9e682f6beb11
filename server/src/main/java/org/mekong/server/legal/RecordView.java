package org.mekong.server.legal;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A legal record as the API shows it: its envelope, where it stands today, and the record. */
record RecordView(
    String id,
    String type,
    String originator,
    Instant created,
    Instant modified,
    LegalJson.MarkingJson marking,
    List<String> categories,
    String standing,
    JsonNode record) {}
