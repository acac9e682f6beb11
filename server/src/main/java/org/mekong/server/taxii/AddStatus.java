package org.mekong.server.taxii;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.input.FreeText;
import org.mekong.core.stix.Imported;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TAXII status resource of one "add objects" request, built from what the import did with each
 * object of the envelope: stored, revoked, read but not kept, or refused with the reason. The
 * import runs before the answer, so the status is always complete.
 */
final class AddStatus {

  private AddStatus() {}

  static ObjectNode of(
      UUID id,
      Instant requested,
      List<JsonNode> objects,
      List<Imported> results,
      IndicatorImporter.Report report,
      Agency requester,
      IndicatorRegistry registry) {
    Map<Long, String> rejected = new HashMap<>();
    report.rejected().forEach(r -> rejected.putIfAbsent(r.line(), r.reason()));
    Map<Long, IndicatorImporter.Revocation> revoked = new HashMap<>();
    report.revoked().forEach(r -> revoked.putIfAbsent(r.line(), r));
    Map<Long, String> superseded = new HashMap<>();
    report.superseded().forEach(s -> superseded.putIfAbsent(s.line(), s.by()));
    ObjectNode status = TaxiiJson.object();
    status.put("id", id.toString());
    status.put("status", "complete");
    status.put("request_timestamp", TaxiiJson.timestamp(requested));
    ArrayNode successes = TaxiiJson.JSON.createArrayNode();
    ArrayNode failures = TaxiiJson.JSON.createArrayNode();
    for (int i = 0; i < results.size(); i++) {
      JsonNode object = i < objects.size() ? objects.get(i) : TaxiiJson.object();
      String reason = rejected.get((long) i + 1);
      switch (results.get(i)) {
        case Imported.Accepted accepted -> {
          IndicatorImporter.Revocation revocation = revoked.get((long) i + 1);
          String newer = superseded.get((long) i + 1);
          if (reason != null) {
            failures.add(detail(object, reason));
          } else if (newer != null) {
            successes.add(
                detail(object, "superseded by version " + newer + " in the same request"));
          } else if (revocation != null) {
            successes.add(
                detail(
                    object,
                    revocation.applied()
                        ? "revoked " + revocation.indicator()
                        : revocation.indicator() + " was revoked already"));
          } else if (accepted.indicator().revoked()) {
            successes.add(detail(object, "revoked"));
          } else {
            String stored = registry.idOf(requester.id(), accepted.indicator().selector()).value();
            successes.add(detail(object, "stored as " + stored));
          }
        }
        case Imported.Refused refused ->
            failures.add(detail(object, reason != null ? reason : refused.reason()));
        case Imported.Ignored ignored ->
            successes.add(
                detail(
                    object,
                    "read; the node keeps indicators only, so this "
                        + ignored.type()
                        + " is not stored"));
      }
    }
    status.put("total_count", results.size());
    status.put("success_count", successes.size());
    status.put("failure_count", failures.size());
    status.put("pending_count", 0);
    if (!successes.isEmpty()) {
      status.set("successes", successes);
    }
    if (!failures.isEmpty()) {
      status.set("failures", failures);
    }
    return status;
  }

  private static ObjectNode detail(JsonNode object, @Nullable String message) {
    ObjectNode detail = TaxiiJson.object();
    detail.put("id", text(object, "id", "unknown"));
    detail.put("version", text(object, "modified", text(object, "created", "unknown")));
    if (message != null) {
      detail.put("message", FreeText.printable(message));
    }
    return detail;
  }

  private static String text(JsonNode object, String field, String otherwise) {
    JsonNode value = object.get(field);
    return value != null && value.isString() ? FreeText.printable(value.asString()) : otherwise;
  }
}
