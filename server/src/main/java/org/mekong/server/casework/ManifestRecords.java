package org.mekong.server.casework;

import java.util.List;
import org.mekong.core.casework.Codes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Manifests and a receiver's decisions as they travel, in the casework API's JSON form. */
final class ManifestRecords {

  private ManifestRecords() {}

  /** The manifest: its sides, transport, date, place and every entry with its status. */
  static ObjectNode manifest(ManifestStore.Header header, List<ManifestStore.Entry> entries) {
    ObjectNode record = PersonStore.JSON.createObjectNode();
    record.put("sending", header.sending().value());
    record.put("receiving", header.receiving().value());
    ObjectNode transport = record.putObject("transport");
    transport.put("mode", Codes.of(header.mode()));
    if (header.reference() != null) {
      transport.put("reference", header.reference());
    }
    record.put("date", header.date().toString());
    if (header.place() != null) {
      record.put("place", header.place());
    }
    ArrayNode list = record.putArray("entries");
    for (ManifestStore.Entry entry : entries) {
      put(list.addObject(), entry).put("updatedBy", entry.updatedBy());
    }
    return record;
  }

  /** A receiver's decisions on {@code header}'s manifest, recorded by {@code actingPerson}. */
  static ObjectNode decisions(
      ManifestStore.Header header, String actingPerson, List<ManifestStore.Entry> decided) {
    ObjectNode record = PersonStore.JSON.createObjectNode();
    record.put("manifest", header.id().toString());
    record.put("actingPerson", actingPerson);
    ArrayNode list = record.putArray("decisions");
    decided.forEach(entry -> put(list.addObject(), entry));
    return record;
  }

  private static ObjectNode put(ObjectNode node, ManifestStore.Entry entry) {
    node.put("person", entry.person().toString());
    node.put("status", Codes.of(entry.status()));
    if (entry.reason() != null) {
      node.put("reason", entry.reason());
    }
    node.put("updatedAt", entry.updatedAt().toString());
    return node;
  }
}
