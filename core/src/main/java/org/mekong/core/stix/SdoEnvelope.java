package org.mekong.core.stix;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The properties every object of one of Mekong's own SDO types carries (legal records, requests,
 * casework records), read and checked the same way for each.
 */
record SdoEnvelope(UUID id, String creator, Instant created, Instant modified, int version) {

  /**
   * Copies a record's properties (as {@link JsonCase#toStix} gives them) into {@code node}, each
   * under its name or the one {@code renamed} gives it; a property named like one of the object's
   * own ({@code envelope}) is a programming error, named with {@code what} ("a record property").
   */
  static void putProperties(
      ObjectNode node,
      JsonNode properties,
      Set<String> envelope,
      Map<String, String> renamed,
      String what) {
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      if (envelope.contains(property.getKey())) {
        throw new IllegalArgumentException(
            what + " clashes with the object's: " + property.getKey());
      }
      node.set(renamed.getOrDefault(property.getKey(), property.getKey()), property.getValue());
    }
  }

  /**
   * The envelope of {@code node}, an object of type {@code typeName}: spec_version 2.1, an id of
   * the type around a UUID ({@code recordId} reads it), the type's {@code new-sdo} extension, a
   * creator, created no later than modified, a version from 1, and not revoked ({@code
   * revokedReason} says why Mekong never sends a revoked one).
   */
  static SdoEnvelope read(
      JsonNode node,
      String typeName,
      Function<String, Optional<UUID>> recordId,
      String extension,
      String revokedReason) {
    if (!Stix.text(node, "spec_version").orElse("").equals(Stix.SPEC_VERSION)) {
      throw new Refusal("spec_version must be 2.1");
    }
    String stixId = Stix.text(node, "id").orElse("");
    UUID id =
        recordId
            .apply(stixId)
            .orElseThrow(
                () -> new Refusal("id must be " + typeName + "--<uuid>, not '" + stixId + "'"));
    if (!Stix.text(node.path("extensions").path(extension), "extension_type")
        .orElse("")
        .equals("new-sdo")) {
      throw new Refusal("extensions must hold " + extension + " with extension_type new-sdo");
    }
    String creator =
        Stix.text(node, "created_by_ref").orElseThrow(() -> new Refusal("no created_by_ref"));
    Instant created = timestamp(node, "created");
    Instant modified = timestamp(node, "modified");
    if (modified.isBefore(created)) {
      throw new Refusal("modified is before created");
    }
    JsonNode version = node.path("version");
    if (!version.isInt() || version.intValue() < 1) {
      throw new Refusal("version must be a whole number from 1");
    }
    if (node.path("revoked").asBoolean(false)) {
      throw new Refusal(revokedReason);
    }
    return new SdoEnvelope(id, creator, created, modified, version.intValue());
  }

  /** The STIX timestamp in {@code name}, or a refusal naming it. */
  static Instant timestamp(JsonNode node, String name) {
    return Stix.text(node, name)
        .flatMap(Stix::parseTimestamp)
        .orElseThrow(() -> new Refusal(name + " must be a STIX timestamp"));
  }

  /** Why an object is not one of Mekong's own as it must be; each reader answers it as invalid. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String reason) {
      super(reason, null, false, false);
    }

    @Override
    public String getMessage() {
      return String.valueOf(super.getMessage());
    }
  }
}
